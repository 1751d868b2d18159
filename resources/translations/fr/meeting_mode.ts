<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>MeetingMode</name>
    <message>
      <source>{minutes} min {seconds:02d} s</source>
      <translation>{minutes} min {seconds:02d} s</translation>
    </message>
    <message>
      <source>{hours} h {minutes:02d} min</source>
      <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
      <source>Complaints and forms</source>
      <translation>Réclamations et fiches</translation>
    </message>
    <message>
      <source>Complaints and commitments of the point</source>
      <translation>Réclamations et engagements du point</translation>
    </message>
    <message>
      <source>Whether the minutes are saved</source>
      <translation>Le compte rendu est-il enregistré</translation>
    </message>
    <message>
      <source>Time of day</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>&amp;Go to the first one</source>
      <translation>Aller au pre&amp;mier</translation>
    </message>
    <message>
      <source>Go to the first point without an answer</source>
      <translation>Aller au premier point sans réponse</translation>
    </message>
    <message>
      <source>◀ &amp;Previous point</source>
      <translation>◀ Point &amp;précédent</translation>
    </message>
    <message>
      <source>Previous point (Page Up)</source>
      <translation>Point précédent (Page précédente)</translation>
    </message>
    <message>
      <source>Ne&amp;xt point ▶</source>
      <translation>Point &amp;suivant ▶</translation>
    </message>
    <message>
      <source>Next point (Page Down)</source>
      <translation>Point suivant (Page suivante)</translation>
    </message>
    <message>
      <source>E&amp;nd the meeting</source>
      <translation>&amp;Terminer la réunion</translation>
    </message>
    <message>
      <source>End the meeting</source>
      <translation>Terminer la réunion</translation>
    </message>
    <message>
      <source>Page Down / Page Up: next / previous point</source>
      <translation>Touches Page suivante / Page précédente : point suivant / précédent</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>&amp;Discussion:</source>
      <translation>&amp;Discussion :</translation>
    </message>
    <message>
      <source>Discussion</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <source>The landlord's &amp;answer:</source>
      <translation>Réponse du &amp;bailleur :</translation>
    </message>
    <message>
      <source>The landlord's answer</source>
      <translation>Réponse du bailleur</translation>
    </message>
    <message>
      <source>No answer &amp;yet, because:</source>
      <translation>Pas encore de réponse, &amp;car :</translation>
    </message>
    <message>
      <source>No answer yet, because</source>
      <translation>Pas encore de réponse, car</translation>
    </message>
    <message>
      <source>D&amp;ecision:</source>
      <translation>Décisio&amp;n :</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Read only: the minutes are signed</source>
      <translation>Lecture seule : le compte rendu est signé</translation>
    </message>
    <message>
      <source>This meeting has no agenda point.</source>
      <translation>Cette réunion n’a aucun point à l’ordre du jour.</translation>
    </message>
    <message>
      <source>Meeting mode – {meeting}</source>
      <translation>Mode réunion – {meeting}</translation>
    </message>
    <message>
      <source>Point {position} of {count}</source>
      <translation>Point {position} sur {count}</translation>
    </message>
    <message>
      <source>On this point: {duration}</source>
      <translation>Sur ce point : {duration}</translation>
    </message>
    <message>
      <source>The meeting of {date} is closed: its minutes are drafted.</source>
      <translation>La réunion du {date} est close : son compte rendu est rédigé.</translation>
    </message>
    <message>
      <source>Meeting of {date} closed.</source>
      <translation>Réunion du {date} close.</translation>
    </message>
    <message>
      <source>Complaints and forms ({count})</source>
      <translation>Réclamations et fiches ({count})</translation>
    </message>
    <message>
      <source>Commitments ({count})</source>
      <translation>Engagements ({count})</translation>
    </message>
    <message>
      <source>Commitments</source>
      <translation>Engagements</translation>
    </message>
    <message>
      <source>carried from the meeting of {date}</source>
      <translation>reporté de la réunion du {date}</translation>
    </message>
    <message>
      <source>Question: {question}</source>
      <translation>Question : {question}</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
      <source>Nothing to answer</source>
      <translation>Rien à répondre</translation>
    </message>
    <message>
      <source>✔ Answered</source>
      <translation>✔ Réponse donnée</translation>
    </message>
    <message>
      <source>✔ No answer yet, reason given</source>
      <translation>✔ Pas encore de réponse, motif donné</translation>
    </message>
    <message>
      <source>… Awaiting an answer</source>
      <translation>… En attente de réponse</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>sans date</translation>
    </message>
    <message>
      <source>Complaints linked to this point</source>
      <translation>Réclamations liées à ce point</translation>
    </message>
    <message>
      <source>No complaint is linked to this point.</source>
      <translation>Aucune réclamation n’est liée à ce point.</translation>
    </message>
    <message>
      <source>New &amp;status:</source>
      <translation>Nouveau stat&amp;ut :</translation>
    </message>
    <message>
      <source>New status of the selected complaint</source>
      <translation>Nouveau statut de la réclamation choisie</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>Moti&amp;f :</translation>
    </message>
    <message>
      <source>Reason for the status change</source>
      <translation>Motif du changement de statut</translation>
    </message>
    <message>
      <source>Needed for some statuses</source>
      <translation>Si le statut l’exige</translation>
    </message>
    <message>
      <source>Change the s&amp;tatus</source>
      <translation>Changer &amp;le statut</translation>
    </message>
    <message>
      <source>Change the status of the selected complaint</source>
      <translation>Changer le statut de la réclamation choisie</translation>
    </message>
    <message>
      <source>Liaison forms</source>
      <translation>Fiches de liaison</translation>
    </message>
    <message>
      <source>Commitments made on this point</source>
      <translation>Engagements pris sur ce point</translation>
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation>&amp;Qui :</translation>
    </message>
    <message>
      <source>Who made the commitment: a person or a name</source>
      <translation>Qui s’engage : une personne ou un nom</translation>
    </message>
    <message>
      <source>W&amp;hat:</source>
      <translation>Qu&amp;oi :</translation>
    </message>
    <message>
      <source>What was promised</source>
      <translation>Ce qui a été promis</translation>
    </message>
    <message>
      <source>&amp;By when:</source>
      <translation>Pour qu&amp;and :</translation>
    </message>
    <message>
      <source>By when the commitment is due</source>
      <translation>Pour quand l’engagement doit être tenu</translation>
    </message>
    <message>
      <source>Add the &amp;commitment</source>
      <translation>Ajouter l’&amp;engagement</translation>
    </message>
    <message>
      <source>Add the commitment</source>
      <translation>Ajouter l’engagement</translation>
    </message>
    <message>
      <source>Re&amp;move the selected one</source>
      <translation>&amp;Retirer l’engagement choisi</translation>
    </message>
    <message>
      <source>Remove the selected commitment</source>
      <translation>Retirer l’engagement choisi</translation>
    </message>
    <message>
      <source>Commitment removed.</source>
      <translation>Engagement retiré.</translation>
    </message>
    <message>
      <source>Remove the commitment</source>
      <translation>Retirer l’engagement</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove the commitment “{what}” ({owner})?</source>
      <translation>Retirer l’engagement « {what} » ({owner}) ?</translation>
    </message>
    <message>
      <source>kept confidential</source>
      <translation>gardé confidentiel</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <source>Complaint {id} is now “{status}”.</source>
      <translation>La réclamation {id} est maintenant « {status} ».</translation>
    </message>
    <message>
      <source>Commitment recorded: {owner}, {what}.</source>
      <translation>Engagement noté : {owner}, {what}.</translation>
    </message>
    <message>
      <source>Form {id}, received on {date}, {place}; asked by: {asker}
“{question}”</source>
      <translation>Fiche {id}, reçue le {date}, {place} ; posée par : {asker}
« {question} »</translation>
    </message>
    <message>
      <source>no entrance</source>
      <translation>entrée non précisée</translation>
    </message>
    <message>
      <source>Hide this list</source>
      <translation>Masquer cette liste</translation>
    </message>
    <message>
      <source>Hide the list of points without an answer</source>
      <translation>Masquer la liste des points sans réponse</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Réclamation</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>By when</source>
      <translation>Pour quand</translation>
    </message>
    <message>
      <source>Every point now has an answer or a reason: the meeting can be ended.</source>
      <translation>Chaque point a maintenant une réponse ou un motif : la réunion peut être terminée.</translation>
    </message>
  </context>
</TS>
