<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Dashboard</name>
    <message>
      <source>{date} at {start}, {place}. Status: {status}. Prepare it on the Meetings page.</source>
      <translation>{date} à {start}, {place}. État : {status}. Préparez-la dans la page Réunions.</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda points</source>
      <translation>Points de l'ordre du jour</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Monter d'&amp;un cran</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>&amp;Descendre d'un cran</translation>
    </message>
    <message>
      <source>Mer&amp;ge selected points</source>
      <translation>&amp;Fusionner les points choisis</translation>
    </message>
    <message>
      <source>&amp;Remove point</source>
      <translation>&amp;Retirer le point</translation>
    </message>
    <message>
      <source>Add &amp;amendment…</source>
      <translation>&amp;Ajouter un avenant…</translation>
    </message>
    <message>
      <source>Add &amp;point</source>
      <translation>Ajouter le &amp;point</translation>
    </message>
    <message>
      <source>New point &amp;title:</source>
      <translation>&amp;Titre du nouveau point :</translation>
    </message>
    <message>
      <source>Drag a point with the mouse, or press Ctrl+Up / Ctrl+Down, to change the order. Double-click a title, a name or a duration to change it.</source>
      <translation>Pour changer l'ordre, faites glisser un point avec la souris ou appuyez sur Ctrl+Haut / Ctrl+Bas. Double-cliquez sur un titre, un nom ou une durée pour le modifier.</translation>
    </message>
    <message>
      <source>Move the point up</source>
      <translation>Monter le point</translation>
    </message>
    <message>
      <source>Move the point down</source>
      <translation>Descendre le point</translation>
    </message>
    <message>
      <source>Merge the selected points</source>
      <translation>Fusionner les points choisis</translation>
    </message>
    <message>
      <source>Remove the selected point</source>
      <translation>Retirer le point choisi</translation>
    </message>
    <message>
      <source>Add an amendment to the signed minutes</source>
      <translation>Ajouter un avenant au compte rendu signé</translation>
    </message>
    <message>
      <source>Add the new point</source>
      <translation>Ajouter le nouveau point</translation>
    </message>
    <message>
      <source>Title of the new point</source>
      <translation>Titre du nouveau point</translation>
    </message>
    <message>
      <source>Kind of the new point</source>
      <translation>Type du nouveau point</translation>
    </message>
    <message>
      <source>Type the title of the new point first.</source>
      <translation>Tapez d'abord le titre du nouveau point.</translation>
    </message>
    <message>
      <source>Merge {count} points into point {position}? Their texts, complaints and durations are gathered in it.</source>
      <translation>Fusionner {count} points dans le point {position} ? Leurs textes, réclamations et durées y seront regroupés.</translation>
    </message>
    <message>
      <source>Merge points</source>
      <translation>Fusionner des points</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Fusionner</translation>
    </message>
    <message>
      <source>Remove point {position}, “{title}”, from the agenda?</source>
      <translation>Retirer le point {position}, « {title} », de l'ordre du jour ?</translation>
    </message>
    <message>
      <source>Remove a point</source>
      <translation>Retirer un point</translation>
    </message>
    <message>
      <source>Signed on {date} by {chair} and {secretary}; corrections are added as dated amendments.</source>
      <translation>Signé le {date} par {chair} et {secretary} ; les corrections s'ajoutent sous forme d'avenants datés.</translation>
    </message>
    <message>
      <source>Amendment of {date}: {text}</source>
      <translation>Avenant du {date} : {text}</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Proposed by</source>
      <translation>Proposé par</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Remarques</translation>
    </message>
    <message>
      <source>LATE</source>
      <translation>EN RETARD</translation>
    </message>
    <message>
      <source>Carried from {date}</source>
      <translation>Reporté du {date}</translation>
    </message>
    <message>
      <source>Duration (min)</source>
      <translation>Durée (min)</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>Invited people and their attendance</source>
      <translation>Personnes invitées et leur présence</translation>
    </message>
    <message>
      <source>&amp;Person to invite:</source>
      <translation>&amp;Personne à inviter :</translation>
    </message>
    <message>
      <source>Person to invite</source>
      <translation>Personne à inviter</translation>
    </message>
    <message>
      <source>&amp;Invite…</source>
      <translation>&amp;Inviter…</translation>
    </message>
    <message>
      <source>Invite the chosen person</source>
      <translation>Inviter la personne choisie</translation>
    </message>
    <message>
      <source>Choose each person's presence in the list. To note who represents someone, type the name in the “Represented by” column; arrival and departure times (such as 14:35) are optional.</source>
      <translation>Choisissez la présence de chaque personne dans la liste. Pour noter qui représente quelqu'un, tapez son nom dans la colonne « Représenté par » ; les heures d'arrivée et de départ (par exemple 14:35) sont facultatives.</translation>
    </message>
    <message>
      <source>Arrived at</source>
      <translation>Arrivée</translation>
    </message>
    <message>
      <source>Left at</source>
      <translation>Départ</translation>
    </message>
    <message>
      <source>“{value}” is not a time; type it as 14:35.</source>
      <translation>« {value} » n'est pas une heure ; tapez-la sous la forme 14:35.</translation>
    </message>
    <message>
      <source>Represented by</source>
      <translation>Représenté par</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsView</name>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Afficher :</translation>
    </message>
    <message>
      <source>Which commitments to show</source>
      <translation>Engagements à afficher</translation>
    </message>
    <message>
      <source>&amp;Mark done</source>
      <translation>&amp;Marquer comme tenu</translation>
    </message>
    <message>
      <source>Mark the selected commitment done</source>
      <translation>Marquer l'engagement choisi comme tenu</translation>
    </message>
    <message>
      <source>Open (late included)</source>
      <translation>En cours (retards compris)</translation>
    </message>
    <message>
      <source>Late only</source>
      <translation>En retard seulement</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <source>due date</source>
      <translation>échéance</translation>
    </message>
    <message>
      <source>what</source>
      <translation>objet</translation>
    </message>
    <message>
      <source>who</source>
      <translation>responsable</translation>
    </message>
    <message>
      <source>Select a commitment to see its history.</source>
      <translation>Choisissez un engagement pour voir son historique.</translation>
    </message>
    <message>
      <source>History:</source>
      <translation>Historique :</translation>
    </message>
    <message>
      <source>{at}: commitment taken</source>
      <translation>{at} : engagement pris</translation>
    </message>
    <message>
      <source>{at}: {field} {before} → {after} {note}</source>
      <translation>{at} : {field} {before} → {after} {note}</translation>
    </message>
  </context>
  <context>
    <name>MeetingList</name>
    <message>
      <source>Points</source>
      <translation>Points</translation>
    </message>
    <message>
      <source>Without answer</source>
      <translation>Sans réponse</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialogs</name>
    <message>
      <source>Approve the minutes</source>
      <translation>Approuver le compte rendu</translation>
    </message>
    <message>
      <source>Once approved, the minutes are signed and can no longer change; corrections will be added as dated amendments.</source>
      <translation>Une fois approuvé, le compte rendu est signé et ne peut plus changer ; les corrections s'ajouteront sous forme d'avenants datés.</translation>
    </message>
    <message>
      <source>&amp;Approve and sign</source>
      <translation>&amp;Approuver et signer</translation>
    </message>
    <message>
      <source>Name of the chair</source>
      <translation>Nom du président de séance</translation>
    </message>
    <message>
      <source>Name of the secretary</source>
      <translation>Nom du secrétaire de séance</translation>
    </message>
    <message>
      <source>&amp;Chair:</source>
      <translation>&amp;Président de séance :</translation>
    </message>
    <message>
      <source>&amp;Secretary:</source>
      <translation>&amp;Secrétaire de séance :</translation>
    </message>
    <message>
      <source>Add an amendment</source>
      <translation>Ajouter un avenant</translation>
    </message>
    <message>
      <source>The signed minutes stay as they are; the amendment is added after them, dated today.</source>
      <translation>Le compte rendu signé reste tel quel ; l'avenant s'ajoute à la suite, daté d'aujourd'hui.</translation>
    </message>
    <message>
      <source>&amp;Add the amendment</source>
      <translation>&amp;Ajouter l'avenant</translation>
    </message>
    <message>
      <source>Text of the amendment</source>
      <translation>Texte de l'avenant</translation>
    </message>
    <message>
      <source>Who writes the amendment</source>
      <translation>Auteur de l'avenant</translation>
    </message>
    <message>
      <source>&amp;Correction:</source>
      <translation>&amp;Correction :</translation>
    </message>
    <message>
      <source>&amp;Written by:</source>
      <translation>&amp;Rédigé par :</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>&amp;Plan the next meeting…</source>
      <translation>&amp;Planifier la prochaine réunion…</translation>
    </message>
    <message>
      <source>&amp;Convene</source>
      <translation>&amp;Convoquer</translation>
    </message>
    <message>
      <source>&amp;Start the meeting</source>
      <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
      <source>C&amp;lose the meeting</source>
      <translation>C&amp;lore la séance</translation>
    </message>
    <message>
      <source>Appro&amp;ve the minutes…</source>
      <translation>Appro&amp;uver le compte rendu…</translation>
    </message>
    <message>
      <source>Commitments (all meetings)</source>
      <translation>Engagements (toutes réunions)</translation>
    </message>
    <message>
      <source>This meeting cannot be closed yet. These points have neither an answer nor a reason for having none:</source>
      <translation>Cette réunion ne peut pas encore être close. Ces points n'ont ni réponse ni motif d'absence de réponse :</translation>
    </message>
    <message>
      <source>Resume the meeting to write an answer, or “no answer yet, because…”, for each.</source>
      <translation>Reprenez la séance pour écrire, pour chacun, une réponse ou « pas encore de réponse, parce que… ».</translation>
    </message>
    <message>
      <source>Points without an answer</source>
      <translation>Points sans réponse</translation>
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation>Planifier la prochaine réunion</translation>
    </message>
    <message>
      <source>Open the selected meeting</source>
      <translation>Ouvrir la réunion choisie</translation>
    </message>
    <message>
      <source>Record that the convocation was sent</source>
      <translation>Noter que la convocation a été envoyée</translation>
    </message>
    <message>
      <source>Start the meeting and take the minutes</source>
      <translation>Ouvrir la séance et prendre le compte rendu</translation>
    </message>
    <message>
      <source>Close the meeting</source>
      <translation>Clore la séance</translation>
    </message>
    <message>
      <source>Approve and sign the minutes</source>
      <translation>Approuver et signer le compte rendu</translation>
    </message>
    <message>
      <source>List of meetings</source>
      <translation>Liste des réunions</translation>
    </message>
    <message>
      <source>Meetings and commitments</source>
      <translation>Réunions et engagements</translation>
    </message>
    <message>
      <source>Agenda and attendance</source>
      <translation>Ordre du jour et présences</translation>
    </message>
    <message>
      <source>Choose a meeting in the list, or plan the next one.</source>
      <translation>Choisissez une réunion dans la liste, ou planifiez la prochaine.</translation>
    </message>
    <message>
      <source>&amp;Resume the meeting</source>
      <translation>&amp;Reprendre la séance</translation>
    </message>
    <message>
      <source>Meeting convened</source>
      <translation>Réunion convoquée</translation>
    </message>
    <message>
      <source>Meeting closed; minutes drafted</source>
      <translation>Séance close ; compte rendu rédigé</translation>
    </message>
    <message>
      <source>Meeting of {date} planned</source>
      <translation>Réunion du {date} planifiée</translation>
    </message>
    <message>
      <source>• Point {position}: {title}</source>
      <translation>• Point {position} : {title}</translation>
    </message>
    <message>
      <source>Meeting started</source>
      <translation>Séance ouverte</translation>
    </message>
    <message>
      <source>{kind} of {date}</source>
      <translation>{kind} du {date}</translation>
    </message>
    <message>
      <source>Status: {status}. Start: {start}. Place: {place}.</source>
      <translation>État : {status}. Début : {start}. Lieu : {place}.</translation>
    </message>
    <message>
      <source>Minutes signed</source>
      <translation>Compte rendu signé</translation>
    </message>
    <message>
      <source>Amendment added</source>
      <translation>Avenant ajouté</translation>
    </message>
    <message>
      <source>Liaison forms</source>
      <translation>Fiches de liaison</translation>
    </message>
    <message>
      <source>Follow a topic</source>
      <translation>Suivre un sujet</translation>
    </message>
  </context>
  <context>
    <name>PlanMeeting</name>
    <message>
      <source>&amp;Plan</source>
      <translation>&amp;Planifier</translation>
    </message>
    <message>
      <source>Plan the meeting</source>
      <translation>Planifier la réunion</translation>
    </message>
    <message>
      <source>The agenda is proposed for you: previous minutes, commitments to follow up, unanswered points, liaison forms and complaints. You can arrange it afterwards.</source>
      <translation>L'ordre du jour vous est proposé : compte rendu précédent, engagements à suivre, points restés sans réponse, fiches de liaison et réclamations. Vous pourrez l'arranger ensuite.</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>&amp;Date :</translation>
    </message>
    <message>
      <source>Date of the meeting</source>
      <translation>Date de la réunion</translation>
    </message>
    <message>
      <source>&amp;Start time:</source>
      <translation>&amp;Heure de début :</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Heure de début</translation>
    </message>
    <message>
      <source>P&amp;lace:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>Place of the meeting</source>
      <translation>Lieu de la réunion</translation>
    </message>
    <message>
      <source>Kind of meeting</source>
      <translation>Type de réunion</translation>
    </message>
  </context>
</TS>