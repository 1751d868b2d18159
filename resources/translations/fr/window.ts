<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CommandLine</name>
    <message>
      <source>open the window on this page: {pages}</source>
      <translation>ouvrir la fenêtre sur cette page : {pages}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Larger text</source>
      <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
      <source>&amp;Smaller text</source>
      <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
      <source>&amp;Normal text size</source>
      <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
      <source>Text size: {size} points</source>
      <translation>Taille du texte : {size} points</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Status: {before} → {after}</source>
      <translation>Statut : {before} → {after}</translation>
    </message>
    <message>
      <source>Finished records will be anonymised {years} year after closing.</source>
      <translation>Les dossiers terminés seront anonymisés {years} an après leur clôture.</translation>
    </message>
    <message>
      <source>Finished records will be anonymised {years} years after closing.</source>
      <translation>Les dossiers terminés seront anonymisés {years} ans après leur clôture.</translation>
    </message>
    <message>
      <source>{count} line, newest first.</source>
      <translation>{count} ligne, la plus récente d’abord.</translation>
    </message>
    <message>
      <source>{count} lines, newest first.</source>
      <translation>{count} lignes, les plus récentes d’abord.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintTable</name>
    <message>
      <source>Overdue: it was due on {date}, {days} day ago.</source>
      <translation>En retard : l’échéance était le {date}, il y a {days} jour.</translation>
    </message>
    <message>
      <source>Overdue: it was due on {date}, {days} days ago.</source>
      <translation>En retard : l’échéance était le {date}, il y a {days} jours.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <source>Showing {count} complaint</source>
      <translation>{count} réclamation affichée</translation>
    </message>
  </context>
  <context>
    <name>ComplaintPhotos</name>
    <message>
      <source>{count} photo added to complaint {id}</source>
      <translation>{count} photo ajoutée à la réclamation {id}</translation>
    </message>
    <message>
      <source>{count} photos added to complaint {id}</source>
      <translation>{count} photos ajoutées à la réclamation {id}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>{days} day</source>
      <translation>{days} jour</translation>
    </message>
    <message>
      <source>The minutes of the meeting of {date} are not approved yet: the chair and the secretary sign them on the Meetings page (often as the first point of the next meeting).</source>
      <translation>Le compte rendu de la réunion du {date} n’est pas encore approuvé : le président et le secrétaire le signent depuis la page Réunions (souvent au premier point de la réunion suivante).</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>{title} sent to the printer ({count} page).</source>
      <translation>{title} : envoyé à l’imprimante ({count} page).</translation>
    </message>
    <message>
      <source>{title}: {count} page.</source>
      <translation>{title} : {count} page.</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>{shown}{more} of {total} shown</source>
      <translation>{shown}{more} personne affichée sur {total}</translation>
    </message>
    <message>
      <source>&amp;Addressed as:</source>
      <translation>&amp;Civilité :</translation>
    </message>
    <message>
      <source>Addressed as (Madam, Sir)</source>
      <translation>Civilité (Madame, Monsieur)</translation>
    </message>
    <message>
      <source>(not said)</source>
      <translation>(non précisé)</translation>
    </message>
    <message>
      <source>Madam</source>
      <translation>Madame</translation>
    </message>
    <message>
      <source>Sir</source>
      <translation>Monsieur</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <source>For example: Marie Martin, caretaker</source>
      <translation>Par exemple : Marie Martin, gardienne</translation>
    </message>
    <message>
      <source>Your name, written in the history of every change</source>
      <translation>Votre nom, écrit dans l’historique de chaque modification</translation>
    </message>
    <message>
      <source>It is written in the history of every change you make.</source>
      <translation>Il est écrit dans l’historique de chaque modification que vous faites.</translation>
    </message>
    <message>
      <source>&amp;Your name:</source>
      <translation>&amp;Votre nom :</translation>
    </message>
  </context>
  <context>
    <name>Attendance</name>
    <message>
      <source>&amp;Invite</source>
      <translation>&amp;Inviter</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStatus</name>
    <message>
      <source>Note: {reason}</source>
      <translation>Note : {reason}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintForm</name>
    <message>
      <source>(not said yet)</source>
      <translation>(pas encore précisé)</translation>
    </message>
    <message>
      <source>Complaint {id} saved; not yet on the agenda of {date}: see Meetings.</source>
      <translation>Réclamation {id} enregistrée ; pas encore à l’ordre du jour du {date} : voir Réunions.</translation>
    </message>
  </context>
  <context>
    <name>Meeting</name>
    <message>
      <source>Invited (said of a woman)</source>
      <translation>Invitée</translation>
    </message>
    <message>
      <source>Present (said of a woman)</source>
      <translation>Présente</translation>
    </message>
    <message>
      <source>Excused (said of a woman)</source>
      <translation>Excusée</translation>
    </message>
    <message>
      <source>Absent (said of a woman)</source>
      <translation>Absente</translation>
    </message>
    <message>
      <source>Represented (said of a woman)</source>
      <translation>Représentée</translation>
    </message>
  </context>
  <context>
    <name>Person</name>
    <message>
      <source>(not said)</source>
      <translation>(non précisé)</translation>
    </message>
    <message>
      <source>Madam</source>
      <translation>Madame</translation>
    </message>
    <message>
      <source>Sir</source>
      <translation>Monsieur</translation>
    </message>
  </context>
  <context>
    <name>DigitalSigning</name>
    <message>
      <source>“{chosen}” is not {expected}, the {role} of record: this signature would not count. Choose {expected}'s identity, or create it with “New signing identity…”.</source>
      <translation>« {chosen} » n’est pas {expected}, {role} de la réunion : cette signature ne compterait pas. Choisissez l’identité de {expected}, ou créez-la avec « Nouvelle identité de signature… ».</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Voir dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialogs</name>
    <message>
      <source>{count} of the people invited have no presence noted (present, excused, absent): the minutes will print them as invited. To note it, cancel and use the Attendance tab.</source>
      <translation>{count} des personnes convoquées n’ont pas de présence notée (présent, excusé, absent) : le compte rendu les imprimera comme convoquées. Pour la noter, annulez et passez par l’onglet Présences.</translation>
    </message>
    <message>
      <source>{name} has no presence noted (present, excused, absent): the minutes will print them as invited. To note it, cancel and use the Attendance tab.</source>
      <translation>{name} n’a pas de présence notée (présent, excusé, absent) : le compte rendu l’imprimera comme convoqué(e). Pour la noter, annulez et passez par l’onglet Présences.</translation>
    </message>
  </context>
  <context>
    <name>LateComplaints</name>
    <message>
      <source>Add the complaints missing from the agenda</source>
      <translation>Ajouter à l’ordre du jour les réclamations qui n’y sont pas</translation>
    </message>
    <message>
      <source>Complaints missing from the agenda</source>
      <translation>Réclamations absentes de l’ordre du jour</translation>
    </message>
    <message>
      <source>The convocation already sent does not list them: print it again once they are added.</source>
      <translation>La convocation déjà envoyée ne les mentionne pas : imprimez-la de nouveau une fois qu’elles sont ajoutées.</translation>
    </message>
    <message>
      <source>&amp;Add it to the agenda</source>
      <translation>&amp;Ajouter à l’ordre du jour</translation>
    </message>
    <message>
      <source>&amp;Add them to the agenda</source>
      <translation>&amp;Les ajouter à l’ordre du jour</translation>
    </message>
    <message>
      <source>• No. {id}: {title}</source>
      <translation>• N° {id} : {title}</translation>
    </message>
    <message>
      <source>1 open complaint is not on this agenda (logged or reopened after the meeting was planned):</source>
      <translation>1 réclamation ouverte n’est pas à cet ordre du jour (enregistrée ou rouverte après la préparation de la réunion) :</translation>
    </message>
    <message>
      <source>{count} open complaints are not on this agenda (logged or reopened after the meeting was planned):</source>
      <translation>{count} réclamations ouvertes ne sont pas à cet ordre du jour (enregistrées ou rouvertes après la préparation de la réunion) :</translation>
    </message>
    <message>
      <source>• and {count} more</source>
      <translation>• et {count} autres</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <source>1 point added to the agenda</source>
      <translation>1 point ajouté à l’ordre du jour</translation>
    </message>
    <message>
      <source>{count} points added to the agenda</source>
      <translation>{count} points ajoutés à l’ordre du jour</translation>
    </message>
    <message>
      <source>{count} complaint put on the agenda</source>
      <translation>{count} réclamation mise à l’ordre du jour</translation>
    </message>
    <message>
      <source>{count} complaints put on the agenda</source>
      <translation>{count} réclamations mises à l’ordre du jour</translation>
    </message>
  </context>
  <context>
    <name>FactualWarning</name>
    <message>
      <source>This neighbourhood disturbance names “{names}”. Where you can, describe what happens (the noise, the hours) rather than who or which home: the minutes sent to every representative keep these words; only the version posted in the hall leaves them out.</source>
      <translation>Ce trouble de voisinage nomme « {names} ». Autant que possible, décrivez ce qui se passe (le bruit, les heures) plutôt que qui ou quel logement : le compte rendu envoyé à chaque correspondant garde ces mots ; seule la version affichée dans le hall les retire.</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Folder of the last document saved</source>
      <translation>Dossier du dernier document enregistré</translation>
    </message>
  </context>
</TS>
