<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Photos</name>
    <message>
      <source>photo</source>
      <translation>photo</translation>
    </message>
    <message>
      <source>“{name}” is not a photo Palier can read (JPEG, PNG, GIF, BMP, TIFF or WebP).</source>
      <translation>« {name} » n’est pas une photo que Palier sait lire (JPEG, PNG, GIF, BMP, TIFF ou WebP).</translation>
    </message>
    <message>
      <source>The file “{name}” is too big ({size} MB, at most {limit} MB).</source>
      <translation>Le fichier « {name} » est trop gros ({size} Mo, {limit} Mo au plus).</translation>
    </message>
    <message>
      <source>The file “{name}” cannot be opened.</source>
      <translation>Le fichier « {name} » ne peut pas être ouvert.</translation>
    </message>
  </context>
  <context>
    <name>ComplaintForm</name>
    <message>
      <source>Stay factual: no health information, no judgement about a person, no accusation of an offence.</source>
      <translation>Restez factuel : aucune information de santé, aucun jugement sur une personne, aucune accusation d’infraction.</translation>
    </message>
    <message>
      <source>For example: Lift out of order</source>
      <translation>Par exemple : ascenseur en panne</translation>
    </message>
    <message>
      <source>Type to search: building, entrance, home…</source>
      <translation>Tapez pour chercher : bâtiment, entrée, logement…</translation>
    </message>
    <message>
      <source>A person from the list, or a name</source>
      <translation>Une personne de la liste, ou un nom</translation>
    </message>
    <message>
      <source>&amp;Keep the reporter's name confidential</source>
      <translation>Garder le nom du demandeur &amp;confidentiel</translation>
    </message>
    <message>
      <source>Date the complaint was opened</source>
      <translation>Date d’ouverture de la réclamation</translation>
    </message>
    <message>
      <source>Du&amp;e date:</source>
      <translation>&amp;Échéance :</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <source>Keep the reporter's name confidential</source>
      <translation>Garder le nom du demandeur confidentiel</translation>
    </message>
    <message>
      <source>Landlord reference</source>
      <translation>Référence bailleur</translation>
    </message>
    <message>
      <source>Landlord service</source>
      <translation>Service du bailleur</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>The complaint has a due date</source>
      <translation>La réclamation a une échéance</translation>
    </message>
    <message>
      <source>(not passed on yet)</source>
      <translation>(pas encore transmise)</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>Cate&amp;gory:</source>
      <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
      <source>&amp;Urgency:</source>
      <translation>&amp;Urgence :</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>&amp;Reporter:</source>
      <translation>Dema&amp;ndeur :</translation>
    </message>
    <message>
      <source>&amp;Opened on:</source>
      <translation>Date d’&amp;ouverture :</translation>
    </message>
    <message>
      <source>Landlord ser&amp;vice:</source>
      <translation>Ser&amp;vice du bailleur :</translation>
    </message>
    <message>
      <source>Landlord re&amp;ference:</source>
      <translation>Référence &amp;bailleur :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>History and photos</source>
      <translation>Historique et photos</translation>
    </message>
    <message>
      <source>Histor&amp;y</source>
      <translation>&amp;Historique</translation>
    </message>
    <message>
      <source>P&amp;hotos</source>
      <translation>&amp;Photos</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Why the complaint was not saved</source>
      <translation>Pourquoi la réclamation n’a pas été enregistrée</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Save the complaint</source>
      <translation>Enregistrer la réclamation</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
      <source>New complaint</source>
      <translation>Nouvelle réclamation</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>Cancel the new complaint</source>
      <translation>Abandonner la nouvelle réclamation</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>Close the complaint form</source>
      <translation>Fermer la fiche de la réclamation</translation>
    </message>
    <message>
      <source>Complaint {id}</source>
      <translation>Réclamation {id}</translation>
    </message>
    <message>
      <source>P&amp;hotos ({count})</source>
      <translation>&amp;Photos ({count})</translation>
    </message>
    <message>
      <source>Complaint {id} saved</source>
      <translation>Réclamation {id} enregistrée</translation>
    </message>
    <message>
      <source>Complaint {id} is now “{status}”</source>
      <translation>La réclamation {id} est maintenant « {status} »</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
      <source>What you typed in this complaint is not saved yet.</source>
      <translation>Ce que vous avez saisi dans cette réclamation n’est pas encore enregistré.</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
  </context>
  <context>
    <name>ComplaintHistory</name>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Reporter</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <source>Reporter's name confidential</source>
      <translation>Nom du demandeur confidentiel</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Date d’ouverture</translation>
    </message>
    <message>
      <source>Landlord reference</source>
      <translation>Référence bailleur</translation>
    </message>
    <message>
      <source>Landlord service</source>
      <translation>Service du bailleur</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <source>unknown user</source>
      <translation>utilisateur inconnu</translation>
    </message>
    <message>
      <source>No change recorded yet.</source>
      <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>{when} — {who}: {what}</source>
      <translation>{when} — {who} : {what}</translation>
    </message>
    <message>
      <source>History of the complaint, newest first</source>
      <translation>Historique de la réclamation, du plus récent au plus ancien</translation>
    </message>
    <message>
      <source>Every change will be listed here, with its date and who made it, once the complaint is saved.</source>
      <translation>Chaque modification sera listée ici, avec sa date et son auteur, une fois la réclamation enregistrée.</translation>
    </message>
    <message>
      <source>Complaint recorded ({status})</source>
      <translation>Réclamation enregistrée ({status})</translation>
    </message>
    <message>
      <source>{field}: {before} → {after}</source>
      <translation>{field} : {before} → {after}</translation>
    </message>
    <message>
      <source>{text} — {note}</source>
      <translation>{text} — {note}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintPhotos</name>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>&amp;Add photo…</source>
      <translation>&amp;Ajouter une photo…</translation>
    </message>
    <message>
      <source>Add a photo from a file</source>
      <translation>Ajouter une photo depuis un fichier</translation>
    </message>
    <message>
      <source>View &amp;larger</source>
      <translation>Agrand&amp;ir</translation>
    </message>
    <message>
      <source>View the selected photo larger</source>
      <translation>Voir la photo choisie en grand</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove the selected photo</source>
      <translation>Retirer la photo choisie</translation>
    </message>
    <message>
      <source>Remove the selected photo (Delete key)</source>
      <translation>Retirer la photo choisie (touche Suppr)</translation>
    </message>
    <message>
      <source>Photos of the complaint</source>
      <translation>Photos de la réclamation</translation>
    </message>
    <message>
      <source>Add photos</source>
      <translation>Ajouter des photos</translation>
    </message>
    <message>
      <source>Photos can be added once the complaint is saved.</source>
      <translation>Les photos peuvent être ajoutées une fois la réclamation enregistrée.</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Save the complaint before adding photos.</source>
      <translation>Enregistrez la réclamation avant d’ajouter des photos.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Photo “{name}”, added {when}</source>
      <translation>Photo « {name} », ajoutée le {when}</translation>
    </message>
    <message>
      <source>Photo “{name}”</source>
      <translation>Photo « {name} »</translation>
    </message>
    <message>
      <source>Preparing the photos (removing their location)…</source>
      <translation>Préparation des photos (retrait de leur localisation)…</translation>
    </message>
    <message>
      <source>Add a photo with the button, or drag image files here. Their location is removed.</source>
      <translation>Ajoutez une photo avec le bouton, ou faites glisser des images ici. Leur localisation est retirée.</translation>
    </message>
    <message>
      <source>Photo “{name}” removed</source>
      <translation>Photo « {name} » retirée</translation>
    </message>
    <message>
      <source>Images ({patterns})</source>
      <translation>Images ({patterns})</translation>
    </message>
    <message>
      <source>Remove the photo “{name}” from the complaint? It cannot be brought back.</source>
      <translation>Retirer la photo « {name} » de la réclamation ? Elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
      <source>{count} photo(s) added to complaint {id}</source>
      <translation>{count} photo(s) ajoutée(s) à la réclamation {id}</translation>
    </message>
  </context>
  <context>
    <name>ComplaintStatus</name>
    <message>
      <source>Duplicate of complaint num&amp;ber:</source>
      <translation>Doublon de la réclamation n&amp;uméro :</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>(à choisir)</translation>
    </message>
    <message>
      <source>Number of the complaint this one duplicates</source>
      <translation>Numéro de la réclamation dont celle-ci est le doublon</translation>
    </message>
    <message>
      <source>Reason for the status change</source>
      <translation>Motif du changement de statut</translation>
    </message>
    <message>
      <source>Confir&amp;m</source>
      <translation>Confir&amp;mer</translation>
    </message>
    <message>
      <source>Confirm the status change</source>
      <translation>Confirmer le changement de statut</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancel the status change</source>
      <translation>Annuler le changement de statut</translation>
    </message>
    <message>
      <source>Save the complaint to pass it to the landlord or change its status.</source>
      <translation>Enregistrez la réclamation pour la transmettre au bailleur ou changer son statut.</translation>
    </message>
    <message>
      <source>This complaint is finished: its status can no longer change.</source>
      <translation>Cette réclamation est terminée : son statut ne peut plus changer.</translation>
    </message>
    <message>
      <source>&amp;Why (required):</source>
      <translation>Mot&amp;if (obligatoire) :</translation>
    </message>
    <message>
      <source>&amp;Note (optional):</source>
      <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Statut : {status}</translation>
    </message>
    <message>
      <source>Change the status to “{status}”?</source>
      <translation>Passer le statut à « {status} » ?</translation>
    </message>
    <message>
      <source>Duplicate of complaint {number}</source>
      <translation>Doublon de la réclamation {number}</translation>
    </message>
    <message>
      <source>Reason: {reason}</source>
      <translation>Motif : {reason}</translation>
    </message>
    <message>
      <source>Change the status to “{status}”</source>
      <translation>Passer le statut à « {status} »</translation>
    </message>
  </context>
</TS>