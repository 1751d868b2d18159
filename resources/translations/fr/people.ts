<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Place</name>
    <message>
      <source>This entrance still has {count} home(s); remove them first.</source>
      <translation>Cette entrée compte encore {count} logement(s) ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>This entrance still has {count} common area(s); remove them first.</source>
      <translation>Cette entrée compte encore {count} partie(s) commune(s) ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>This building still has {count} entrance(s); remove them first.</source>
      <translation>Ce bâtiment compte encore {count} entrée(s) ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>This building still has {count} common area(s); remove them first.</source>
      <translation>Ce bâtiment compte encore {count} partie(s) commune(s) ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>{count} complaint(s) concern this place; it cannot be removed.</source>
      <translation>{count} réclamation(s) concernent ce lieu ; il ne peut pas être supprimé.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>Press Enter or double-click to open a complaint.</source>
      <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir une réclamation.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Bâtiment</translation>
    </message>
    <message>
      <source>Open complaints by category</source>
      <translation>Réclamations en cours par catégorie</translation>
    </message>
    <message>
      <source>Open complaints by building</source>
      <translation>Réclamations en cours par bâtiment</translation>
    </message>
    <message>
      <source>Overdue complaints</source>
      <translation>Réclamations en retard</translation>
    </message>
    <message>
      <source>Open complaints waiting the longest</source>
      <translation>Réclamations en cours qui attendent depuis le plus longtemps</translation>
    </message>
    <message>
      <source>open complaints</source>
      <translation>réclamations en cours</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>urgent, still open</source>
      <translation>urgentes, encore en cours</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Prochaine réunion</translation>
    </message>
    <message>
      <source>None planned yet. Meetings arrive in the next version of Palier.</source>
      <translation>Aucune n’est prévue pour l’instant. Les réunions arrivent dans la prochaine version de Palier.</translation>
    </message>
    <message>
      <source>No complaint is overdue.</source>
      <translation>Aucune réclamation n’est en retard.</translation>
    </message>
    <message>
      <source>No complaint is open.</source>
      <translation>Aucune réclamation n’est en cours.</translation>
    </message>
    <message>
      <source>{residence}: the situation on {date}</source>
      <translation>{residence} : la situation au {date}</translation>
    </message>
    <message>
      <source>The first {shown} of {total} are shown; the register lists them all. Press Enter to open one.</source>
      <translation>Les {shown} premières sur {total} sont affichées ; le registre les montre toutes. Appuyez sur Entrée pour en ouvrir une.</translation>
    </message>
    <message>
      <source>No building given</source>
      <translation>Sans bâtiment précisé</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 jour</translation>
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
      <source>Due on</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Late by</source>
      <translation>Retard</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Ouverte le</translation>
    </message>
    <message>
      <source>Waiting for</source>
      <translation>Attend depuis</translation>
    </message>
    <message>
      <source>{name}: {count} open</source>
      <translation>{name} : {count} en cours</translation>
    </message>
    <message>
      <source>{days} days</source>
      <translation>{days} jours</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>En cours</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <source>Welcome to Palier</source>
      <translation>Bienvenue dans Palier</translation>
    </message>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Back to the previous step</source>
      <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Étape suivante</translation>
    </message>
    <message>
      <source>Cancel and close Palier</source>
      <translation>Annuler et fermer Palier</translation>
    </message>
    <message>
      <source>Palier keeps the register of the complaints of your residence: what went wrong, where, who reported it, and what the landlord did about it.

To begin, what would you like to do?</source>
      <translation>Palier tient le registre des réclamations de votre résidence : ce qui ne va pas, où, qui l’a signalé, et ce que le bailleur a fait.

Pour commencer, que souhaitez-vous faire ?</translation>
    </message>
    <message>
      <source>&amp;Create my residence</source>
      <translation>&amp;Créer ma résidence</translation>
    </message>
    <message>
      <source>Type the name of your residence, then its buildings and their entrances. It takes a couple of minutes; you can add more later.</source>
      <translation>Tapez le nom de votre résidence, puis ses bâtiments et leurs entrées. Cela prend deux minutes ; vous pourrez compléter plus tard.</translation>
    </message>
    <message>
      <source>E&amp;xplore with the demo residence</source>
      <translation>&amp;Découvrir avec la résidence de démonstration</translation>
    </message>
    <message>
      <source>Palier fills in a made-up residence with people and complaints, so you can try everything without fear of breaking anything.</source>
      <translation>Palier remplit une résidence imaginaire avec des personnes et des réclamations, pour tout essayer sans crainte de rien abîmer.</translation>
    </message>
    <message>
      <source>Create my residence</source>
      <translation>Créer ma résidence</translation>
    </message>
    <message>
      <source>Explore with the demo residence</source>
      <translation>Découvrir avec la résidence de démonstration</translation>
    </message>
    <message>
      <source>Step 1 of 2: your residence</source>
      <translation>Étape 1 sur 2 : votre résidence</translation>
    </message>
    <message>
      <source>Only the name is needed. The rest can be filled in later.</source>
      <translation>Seul le nom est nécessaire. Le reste pourra être rempli plus tard.</translation>
    </message>
    <message>
      <source>For example: Les Tilleuls</source>
      <translation>Par exemple : Les Tilleuls</translation>
    </message>
    <message>
      <source>The social landlord, for example: Habitat Rhône</source>
      <translation>Le bailleur social, par exemple : Habitat Rhône</translation>
    </message>
    <message>
      <source>Residence &amp;name:</source>
      <translation>&amp;Nom de la résidence :</translation>
    </message>
    <message>
      <source>Residence name</source>
      <translation>Nom de la résidence</translation>
    </message>
    <message>
      <source>C&amp;ity:</source>
      <translation>&amp;Ville :</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>&amp;Landlord:</source>
      <translation>&amp;Bailleur :</translation>
    </message>
    <message>
      <source>Landlord</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <source>Step 2 of 2: buildings and entrances</source>
      <translation>Étape 2 sur 2 : bâtiments et entrées</translation>
    </message>
    <message>
      <source>Add each building with its entrances. For the entrances, type how many there are (for example 2), or their names separated by commas.</source>
      <translation>Ajoutez chaque bâtiment avec ses entrées. Pour les entrées, tapez leur nombre (par exemple 2), ou leurs noms séparés par des virgules.</translation>
    </message>
    <message>
      <source>For example: 2, or: Entrance 1, Entrance 2</source>
      <translation>Par exemple : 2, ou : Entrée 1, Entrée 2</translation>
    </message>
    <message>
      <source>&amp;Add this building</source>
      <translation>&amp;Ajouter ce bâtiment</translation>
    </message>
    <message>
      <source>Add this building to the list</source>
      <translation>Ajouter ce bâtiment à la liste</translation>
    </message>
    <message>
      <source>&amp;Building:</source>
      <translation>Bâ&amp;timent :</translation>
    </message>
    <message>
      <source>Building name</source>
      <translation>Nom du bâtiment</translation>
    </message>
    <message>
      <source>&amp;Entrances:</source>
      <translation>&amp;Entrées :</translation>
    </message>
    <message>
      <source>Number or names of its entrances</source>
      <translation>Nombre ou noms de ses entrées</translation>
    </message>
    <message>
      <source>Buildings added</source>
      <translation>Bâtiments ajoutés</translation>
    </message>
    <message>
      <source>&amp;Remove the selected building</source>
      <translation>Retirer le bâtiment &amp;sélectionné</translation>
    </message>
    <message>
      <source>Remove the selected building from the list</source>
      <translation>Retirer de la liste le bâtiment sélectionné</translation>
    </message>
    <message>
      <source>Building the demo residence</source>
      <translation>Préparation de la résidence de démonstration</translation>
    </message>
    <message>
      <source>Palier is writing a made-up residence with its people and complaints. Please wait a moment.</source>
      <translation>Palier écrit une résidence imaginaire avec ses personnes et ses réclamations. Patientez un instant.</translation>
    </message>
    <message>
      <source>Progress of the demo</source>
      <translation>Avancement de la démonstration</translation>
    </message>
    <message>
      <source>Buildings added:</source>
      <translation>Bâtiments ajoutés :</translation>
    </message>
    <message>
      <source>&amp;Create the residence</source>
      <translation>&amp;Créer la résidence</translation>
    </message>
    <message>
      <source>Please type the name of the building.</source>
      <translation>Veuillez taper le nom du bâtiment.</translation>
    </message>
    <message>
      <source>Building {letter}</source>
      <translation>Bâtiment {letter}</translation>
    </message>
    <message>
      <source>Please type the name of your residence.</source>
      <translation>Veuillez taper le nom de votre résidence.</translation>
    </message>
    <message>
      <source>Add at least one building.</source>
      <translation>Ajoutez au moins un bâtiment.</translation>
    </message>
    <message>
      <source>“{name}” is already in the list.</source>
      <translation>« {name} » est déjà dans la liste.</translation>
    </message>
    <message>
      <source>Entrance {number}</source>
      <translation>Entrée {number}</translation>
    </message>
    <message>
      <source>Something went wrong while building the demo. Nothing was created. The details are in the log file.</source>
      <translation>Un problème est survenu pendant la préparation de la démonstration. Rien n’a été créé. Les détails sont dans le fichier journal.</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Bâtiment</translation>
    </message>
    <message>
      <source>Its entrances</source>
      <translation>Ses entrées</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>Complaint categories</source>
      <translation>Catégories de réclamations</translation>
    </message>
    <message>
      <source>&amp;Add a category…</source>
      <translation>&amp;Ajouter une catégorie…</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>Re&amp;nommer…</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Add a category</source>
      <translation>Ajouter une catégorie</translation>
    </message>
    <message>
      <source>Rename the selected category</source>
      <translation>Renommer la catégorie sélectionnée</translation>
    </message>
    <message>
      <source>Remove the selected category</source>
      <translation>Supprimer la catégorie sélectionnée</translation>
    </message>
    <message>
      <source>Complaints are filed under these categories. A category that no complaint uses can be removed.</source>
      <translation>Les réclamations sont classées dans ces catégories. Une catégorie qu’aucune réclamation n’utilise peut être supprimée.</translation>
    </message>
    <message>
      <source>Category &amp;name:</source>
      <translation>&amp;Nom de la catégorie :</translation>
    </message>
    <message>
      <source>Rename a category</source>
      <translation>Renommer une catégorie</translation>
    </message>
    <message>
      <source>Remove a category</source>
      <translation>Supprimer une catégorie</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Category “{name}” removed.</source>
      <translation>Catégorie « {name} » supprimée.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Réclamations</translation>
    </message>
    <message>
      <source>Category “{name}” added.</source>
      <translation>Catégorie « {name} » ajoutée.</translation>
    </message>
    <message>
      <source>Category “{old}” renamed “{new}”.</source>
      <translation>Catégorie « {old} » renommée « {new} ».</translation>
    </message>
    <message>
      <source>Remove the category “{name}”?</source>
      <translation>Supprimer la catégorie « {name} » ?</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>PeoplePlaces</name>
    <message>
      <source>People, places and categories</source>
      <translation>Personnes, lieux et catégories</translation>
    </message>
    <message>
      <source>&amp;People</source>
      <translation>&amp;Personnes</translation>
    </message>
    <message>
      <source>Place&amp;s</source>
      <translation>&amp;Lieux</translation>
    </message>
    <message>
      <source>Cate&amp;gories</source>
      <translation>Caté&amp;gories</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Represents</source>
      <translation>Représente</translation>
    </message>
    <message>
      <source>Type part of a name</source>
      <translation>Tapez une partie du nom</translation>
    </message>
    <message>
      <source>Search people by name</source>
      <translation>Chercher une personne par son nom</translation>
    </message>
    <message>
      <source>Fin&amp;d:</source>
      <translation>&amp;Chercher :</translation>
    </message>
    <message>
      <source>Show only one role</source>
      <translation>N’afficher qu’un rôle</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <source>R&amp;ole:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>&amp;New person…</source>
      <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Add a new person</source>
      <translation>Ajouter une nouvelle personne</translation>
    </message>
    <message>
      <source>Edit the selected person</source>
      <translation>Modifier la personne sélectionnée</translation>
    </message>
    <message>
      <source>Remove the selected person</source>
      <translation>Supprimer la personne sélectionnée</translation>
    </message>
    <message>
      <source>Remove a person</source>
      <translation>Supprimer une personne</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>{shown}{more} of {total} people shown</source>
      <translation>{shown}{more} personnes affichées sur {total}</translation>
    </message>
    <message>
      <source>“{name}” removed.</source>
      <translation>« {name} » supprimé(e).</translation>
    </message>
    <message>
      <source>Remove “{name}” from the list of people?</source>
      <translation>Retirer « {name} » de la liste des personnes ?</translation>
    </message>
    <message>
      <source>Edit a person</source>
      <translation>Modifier une personne</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <source>For example: the landlord, the city, an association</source>
      <translation>Par exemple : le bailleur, la mairie, une association</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(non précisé)</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Role:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Téléphone :</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;Courriel :</translation>
    </message>
    <message>
      <source>&amp;Organisation:</source>
      <translation>&amp;Organisme :</translation>
    </message>
    <message>
      <source>Landlord ser&amp;vice:</source>
      <translation>&amp;Service du bailleur :</translation>
    </message>
    <message>
      <source>Landlord service</source>
      <translation>Service du bailleur</translation>
    </message>
    <message>
      <source>En&amp;trances this person represents:</source>
      <translation>Entrées re&amp;présentées par cette personne :</translation>
    </message>
    <message>
      <source>Entrances this person represents</source>
      <translation>Entrées que cette personne représente</translation>
    </message>
    <message>
      <source>Save the person</source>
      <translation>Enregistrer la personne</translation>
    </message>
    <message>
      <source>“{name}” saved.</source>
      <translation>« {name} » enregistré(e).</translation>
    </message>
  </context>
  <context>
    <name>Places</name>
    <message>
      <source>Add a building</source>
      <translation>Ajouter un bâtiment</translation>
    </message>
    <message>
      <source>Building &amp;name:</source>
      <translation>&amp;Nom du bâtiment :</translation>
    </message>
    <message>
      <source>Entrance &amp;name:</source>
      <translation>&amp;Nom de l’entrée :</translation>
    </message>
    <message>
      <source>First select, in the list, the entrance of the new homes.</source>
      <translation>Sélectionnez d’abord, dans la liste, l’entrée des nouveaux logements.</translation>
    </message>
    <message>
      <source>Rename a building</source>
      <translation>Renommer un bâtiment</translation>
    </message>
    <message>
      <source>Rename an entrance</source>
      <translation>Renommer une entrée</translation>
    </message>
    <message>
      <source>Change a home's number</source>
      <translation>Changer le numéro d’un logement</translation>
    </message>
    <message>
      <source>Home &amp;number:</source>
      <translation>&amp;Numéro du logement :</translation>
    </message>
    <message>
      <source>Remove a place</source>
      <translation>Supprimer un lieu</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Building {letter}</source>
      <translation>Bâtiment {letter}</translation>
    </message>
    <message>
      <source>First select, in the list, the building of the new entrance.</source>
      <translation>Sélectionnez d’abord, dans la liste, le bâtiment de la nouvelle entrée.</translation>
    </message>
    <message>
      <source>Entrance {number}</source>
      <translation>Entrée {number}</translation>
    </message>
    <message>
      <source>Common area “{name}” saved.</source>
      <translation>Partie commune « {name} » enregistrée.</translation>
    </message>
    <message>
      <source>“{old}” renamed “{new}”.</source>
      <translation>« {old} » renommé « {new} ».</translation>
    </message>
    <message>
      <source>“{name}” removed.</source>
      <translation>« {name} » supprimé.</translation>
    </message>
    <message>
      <source>Building “{name}” added.</source>
      <translation>Bâtiment « {name} » ajouté.</translation>
    </message>
    <message>
      <source>Entrance “{name}” added to {building}.</source>
      <translation>{building} : entrée « {name} » ajoutée.</translation>
    </message>
    <message>
      <source>Add an entrance to {building}</source>
      <translation>{building} : ajouter une entrée</translation>
    </message>
    <message>
      <source>1 home added to {entrance}.</source>
      <translation>{entrance} : 1 logement ajouté.</translation>
    </message>
    <message>
      <source>{count} homes added to {entrance}.</source>
      <translation>{entrance} : {count} logements ajoutés.</translation>
    </message>
    <message>
      <source>Remove “{name}”?</source>
      <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
      <source>This entrance already has a home {number}.</source>
      <translation>Cette entrée a déjà un logement {number}.</translation>
    </message>
    <message>
      <source>Floor then number: 101, 102, 201…</source>
      <translation>Étage puis numéro : 101, 102, 201…</translation>
    </message>
    <message>
      <source>One after the other: 1, 2, 3…</source>
      <translation>À la suite : 1, 2, 3…</translation>
    </message>
    <message>
      <source>Floor then letter: 1A, 1B, 2A…</source>
      <translation>Étage puis lettre : 1A, 1B, 2A…</translation>
    </message>
    <message>
      <source>Optional, for example “A-”</source>
      <translation>Facultatif, par exemple « A- »</translation>
    </message>
    <message>
      <source>From &amp;floor:</source>
      <translation>De l’é&amp;tage :</translation>
    </message>
    <message>
      <source>From floor (0 is the ground floor)</source>
      <translation>De l’étage (0 est le rez-de-chaussée)</translation>
    </message>
    <message>
      <source>&amp;To floor:</source>
      <translation>&amp;Jusqu’à l’étage :</translation>
    </message>
    <message>
      <source>To floor</source>
      <translation>Jusqu’à l’étage</translation>
    </message>
    <message>
      <source>&amp;Homes per floor:</source>
      <translation>&amp;Logements par étage :</translation>
    </message>
    <message>
      <source>Homes per floor</source>
      <translation>Logements par étage</translation>
    </message>
    <message>
      <source>&amp;Numbering:</source>
      <translation>N&amp;umérotation :</translation>
    </message>
    <message>
      <source>Numbering</source>
      <translation>Numérotation</translation>
    </message>
    <message>
      <source>F&amp;irst number:</source>
      <translation>&amp;Premier numéro :</translation>
    </message>
    <message>
      <source>First number</source>
      <translation>Premier numéro</translation>
    </message>
    <message>
      <source>&amp;Before each number:</source>
      <translation>&amp;Devant chaque numéro :</translation>
    </message>
    <message>
      <source>Text before each number</source>
      <translation>Texte devant chaque numéro</translation>
    </message>
    <message>
      <source>What will be added</source>
      <translation>Ce qui sera ajouté</translation>
    </message>
    <message>
      <source>Change a common area</source>
      <translation>Modifier une partie commune</translation>
    </message>
    <message>
      <source>Add a common area</source>
      <translation>Ajouter une partie commune</translation>
    </message>
    <message>
      <source>The whole residence</source>
      <translation>Toute la résidence</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>Kind of common area</source>
      <translation>Type de partie commune</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>&amp;Where:</source>
      <translation>&amp;Où :</translation>
    </message>
    <message>
      <source>Where the common area is</source>
      <translation>Où se trouve la partie commune</translation>
    </message>
    <message>
      <source>Floor 0 is the ground floor.</source>
      <translation>L’étage 0 est le rez-de-chaussée.</translation>
    </message>
    <message>
      <source>The first floor must not be above the last one.</source>
      <translation>Le premier étage ne doit pas être au-dessus du dernier.</translation>
    </message>
    <message>
      <source>Add homes to {entrance}</source>
      <translation>{entrance} : ajouter des logements</translation>
    </message>
    <message>
      <source>{count} homes will be added: {first} ({first_floor}) to {last} ({last_floor}).</source>
      <translation>{count} logements seront ajoutés : du {first} ({first_floor}) au {last} ({last_floor}).</translation>
    </message>
    <message>
      <source>1 home will be added: {number} ({floor}).</source>
      <translation>1 logement sera ajouté : {number} ({floor}).</translation>
    </message>
    <message>
      <source>{entrance} already has a home {number}; choose other numbers.</source>
      <translation>{entrance} a déjà un logement {number} ; choisissez d’autres numéros.</translation>
    </message>
    <message>
      <source>Ground floor</source>
      <translation>Rez-de-chaussée</translation>
    </message>
    <message>
      <source>Floor {number}</source>
      <translation>Étage {number}</translation>
    </message>
    <message>
      <source>{name} (common area: {kind})</source>
      <translation>{name} (partie commune : {kind})</translation>
    </message>
    <message>
      <source>Basement {number}</source>
      <translation>Sous-sol {number}</translation>
    </message>
    <message>
      <source>{name} (common area)</source>
      <translation>{name} (partie commune)</translation>
    </message>
    <message>
      <source>Common areas of the whole residence</source>
      <translation>Parties communes de toute la résidence</translation>
    </message>
    <message>
      <source>{name} (1 home)</source>
      <translation>{name} (1 logement)</translation>
    </message>
    <message>
      <source>{name} ({count} homes)</source>
      <translation>{name} ({count} logements)</translation>
    </message>
    <message>
      <source>{name} (no homes yet)</source>
      <translation>{name} (pas encore de logement)</translation>
    </message>
    <message>
      <source>Home {number}</source>
      <translation>Logement {number}</translation>
    </message>
    <message>
      <source>The residence</source>
      <translation>La résidence</translation>
    </message>
    <message>
      <source>Save the residence &amp;details</source>
      <translation>Enregistrer les informations de la rési&amp;dence</translation>
    </message>
    <message>
      <source>Save the residence details</source>
      <translation>Enregistrer les informations de la résidence</translation>
    </message>
    <message>
      <source>Buildings, entrances, homes and common areas</source>
      <translation>Bâtiments, entrées, logements et parties communes</translation>
    </message>
    <message>
      <source>Places of the residence</source>
      <translation>Lieux de la résidence</translation>
    </message>
    <message>
      <source>Select a place in the list, then choose what to do. Enter renames the selected place.</source>
      <translation>Sélectionnez un lieu dans la liste, puis choisissez quoi faire. La touche Entrée renomme le lieu sélectionné.</translation>
    </message>
    <message>
      <source>The residence details are saved.</source>
      <translation>Les informations de la résidence sont enregistrées.</translation>
    </message>
    <message>
      <source>Residence &amp;name:</source>
      <translation>&amp;Nom de la résidence :</translation>
    </message>
    <message>
      <source>Residence name</source>
      <translation>Nom de la résidence</translation>
    </message>
    <message>
      <source>&amp;City:</source>
      <translation>&amp;Ville :</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>&amp;Landlord:</source>
      <translation>Ba&amp;illeur :</translation>
    </message>
    <message>
      <source>Landlord</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <source>Add a &amp;building…</source>
      <translation>Ajouter un &amp;bâtiment…</translation>
    </message>
    <message>
      <source>Add an en&amp;trance…</source>
      <translation>Ajouter une en&amp;trée…</translation>
    </message>
    <message>
      <source>Add an entrance</source>
      <translation>Ajouter une entrée</translation>
    </message>
    <message>
      <source>Add &amp;homes…</source>
      <translation>Ajouter des l&amp;ogements…</translation>
    </message>
    <message>
      <source>Add homes to the selected entrance</source>
      <translation>Ajouter des logements à l’entrée sélectionnée</translation>
    </message>
    <message>
      <source>Add a co&amp;mmon area…</source>
      <translation>Ajouter une partie co&amp;mmune…</translation>
    </message>
    <message>
      <source>&amp;Rename…</source>
      <translation>&amp;Renommer…</translation>
    </message>
    <message>
      <source>Rename the selected place</source>
      <translation>Renommer le lieu sélectionné</translation>
    </message>
    <message>
      <source>Remo&amp;ve</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Remove the selected place</source>
      <translation>Supprimer le lieu sélectionné</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Automatic (the language of this computer)</source>
      <translation>Automatique (la langue de cet ordinateur)</translation>
    </message>
    <message>
      <source> points</source>
      <translation> points</translation>
    </message>
    <message>
      <source>Your name is written in the history of every change you make, so that the other representatives know who did what.</source>
      <translation>Votre nom est inscrit dans l’historique de chaque modification que vous faites, pour que les autres correspondants sachent qui a fait quoi.</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save the settings</source>
      <translation>Enregistrer les réglages</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>&amp;Your name:</source>
      <translation>&amp;Votre nom :</translation>
    </message>
    <message>
      <source>Your name, written in the history of changes</source>
      <translation>Votre nom, inscrit dans l’historique des modifications</translation>
    </message>
    <message>
      <source>&amp;Text size:</source>
      <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
      <source>Text size in points</source>
      <translation>Taille du texte en points</translation>
    </message>
  </context>
</TS>