<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Agenda</name>
    <message>
      <source>Complaint {id}, {category} (“{title}”): not passed to the landlord yet, opened {waited}</source>
      <translation>Réclamation {id}, {category} (« {title} ») : pas encore transmise au bailleur, ouverte {waited}</translation>
    </message>
    <message>
      <source>Complaint {id}, {category} (“{title}”): waiting for the landlord for {waited}, since {date}</source>
      <translation>Réclamation {id}, {category} (« {title} ») : en attente du bailleur depuis {waited} (transmise le {date})</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count} jours</translation>
    </message>
    <message>
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>1 day ago</source>
      <translation>il y a 1 jour</translation>
    </message>
    <message>
      <source>{count} days ago</source>
      <translation>il y a {count} jours</translation>
    </message>
    <message>
      <source>Still pending – {building}: 1 complaint</source>
      <translation>Toujours en attente – {building} : 1 réclamation</translation>
    </message>
    <message>
      <source>Still pending – {building}: {count} complaints</source>
      <translation>Toujours en attente – {building} : {count} réclamations</translation>
    </message>
    <message>
      <source>Still pending: 1 complaint</source>
      <translation>Toujours en attente : 1 réclamation</translation>
    </message>
    <message>
      <source>Still pending: {count} complaints</source>
      <translation>Toujours en attente : {count} réclamations</translation>
    </message>
    <message>
      <source>Where do these complaints stand, and what will be done, by when?</source>
      <translation>Où en sont ces réclamations et que sera-t-il fait, dans quel délai ?</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>Print the convocation</source>
      <translation>Imprimer la convocation</translation>
    </message>
    <message>
      <source>The meeting is convened. Print the convocation (with the agenda) and the attendance sheet now?

Both can be printed later from the Documents page.</source>
      <translation>La réunion est convoquée. Imprimer maintenant la convocation (avec l’ordre du jour) et la feuille d’émargement ?

Vous pourrez aussi les imprimer plus tard depuis la page Documents.</translation>
    </message>
    <message>
      <source>Print both…</source>
      <translation>Imprimer les deux…</translation>
    </message>
    <message>
      <source>Another day's meeting</source>
      <translation>Réunion d’un autre jour</translation>
    </message>
    <message>
      <source>Open it anyway</source>
      <translation>L’ouvrir quand même</translation>
    </message>
    <message>
      <source>Meeting ended; its draft minutes can be corrected until they are approved</source>
      <translation>Réunion terminée ; son projet de compte rendu peut être corrigé jusqu’à son approbation</translation>
    </message>
    <message>
      <source>Correct the draft minutes (each change is dated)</source>
      <translation>Corriger le projet de compte rendu (chaque modification est datée)</translation>
    </message>
    <message>
      <source>This meeting is dated {date}, but today is {today}.

Open it in the meeting mode anyway?</source>
      <translation>Cette réunion est datée du {date}, or nous sommes le {today}.

L’ouvrir quand même en mode réunion ?</translation>
    </message>
    <message>
      <source>End this meeting now?

Its minutes can still be corrected afterwards (each change is dated) until the chair and the secretary approve them.</source>
      <translation>Terminer cette réunion maintenant ?

Son compte rendu pourra encore être corrigé ensuite (chaque modification est datée) jusqu’à ce que le président et le secrétaire l’approuvent.</translation>
    </message>
    <message>
      <source>&amp;Correct the minutes…</source>
      <translation>&amp;Corriger le compte rendu…</translation>
    </message>
    <message>
      <source>End the meeting</source>
      <translation>Terminer la réunion</translation>
    </message>
  </context>
  <context>
    <name>MeetingMode</name>
    <message>
      <source>Correcting the minutes – {meeting}</source>
      <translation>Correction du compte rendu – {meeting}</translation>
    </message>
    <message>
      <source>Title changed</source>
      <translation>Titre modifié</translation>
    </message>
    <message>
      <source>Question changed</source>
      <translation>Question modifiée</translation>
    </message>
    <message>
      <source>Discussion changed</source>
      <translation>Échanges modifiés</translation>
    </message>
    <message>
      <source>Answer changed</source>
      <translation>Réponse modifiée</translation>
    </message>
    <message>
      <source>“No answer yet, because” changed</source>
      <translation>« Pas encore de réponse, car » modifié</translation>
    </message>
    <message>
      <source>Decision changed</source>
      <translation>Décision modifiée</translation>
    </message>
    <message>
      <source>“Proposed by” changed</source>
      <translation>« Proposé par » modifié</translation>
    </message>
    <message>
      <source>Kind changed</source>
      <translation>Type modifié</translation>
    </message>
    <message>
      <source>Duration changed</source>
      <translation>Durée modifiée</translation>
    </message>
    <message>
      <source>Point added</source>
      <translation>Point ajouté</translation>
    </message>
    <message>
      <source>Point removed</source>
      <translation>Point retiré</translation>
    </message>
    <message>
      <source>Points merged</source>
      <translation>Points fusionnés</translation>
    </message>
    <message>
      <source>Corrections since the meeting ended:</source>
      <translation>Corrections depuis la fin de la réunion :</translation>
    </message>
    <message>
      <source>The meeting goes on.</source>
      <translation>La réunion continue.</translation>
    </message>
    <message>
      <source>Meeting of {date} ended: its draft minutes can be corrected until they are approved.</source>
      <translation>Réunion du {date} terminée : son projet de compte rendu peut être corrigé jusqu’à son approbation.</translation>
    </message>
    <message>
      <source>{when} – {field}{by}</source>
      <translation>{when} – {field}{by}</translation>
    </message>
    <message>
      <source>You left the meeting mode; the meeting of {date} goes on. Resume it from the Meetings page.</source>
      <translation>Vous avez quitté le mode réunion ; la réunion du {date} continue. Reprenez-la depuis la page Réunions.</translation>
    </message>
    <message>
      <source>End the meeting of {date} now?

The minutes can still be corrected afterwards (each change is dated) until the chair and the secretary approve them.</source>
      <translation>Terminer maintenant la réunion du {date} ?

Le compte rendu pourra encore être corrigé ensuite (chaque modification est datée) jusqu’à ce que le président et le secrétaire l’approuvent.</translation>
    </message>
    <message>
      <source> by {name}</source>
      <translation> par {name}</translation>
    </message>
    <message>
      <source>The meeting has ended: you are correcting the draft minutes. Each change is dated in their history until they are approved.</source>
      <translation>La réunion est terminée : vous corrigez le projet de compte rendu. Chaque modification est datée dans son historique jusqu’à l’approbation.</translation>
    </message>
    <message>
      <source>Corrections of this point since the meeting ended</source>
      <translation>Corrections de ce point depuis la fin de la réunion</translation>
    </message>
    <message>
      <source>&amp;Leave the meeting mode</source>
      <translation>&amp;Quitter le mode réunion</translation>
    </message>
    <message>
      <source>Leave the meeting mode without ending the meeting (Esc)</source>
      <translation>Quitter le mode réunion sans terminer la réunion (Échap)</translation>
    </message>
    <message>
      <source>Esc: back to the Meetings page; the meeting goes on and can be resumed.</source>
      <translation>Échap : retour à la page Réunions ; la réunion continue et peut être reprise.</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>DRAFT</source>
      <translation>PROJET</translation>
    </message>
    <message>
      <source>{document} – DRAFT, not approved</source>
      <translation>{document} – PROJET, non approuvé</translation>
    </message>
  </context>
</TS>
