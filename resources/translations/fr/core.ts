<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Status</name>
    <message>
      <source>New</source>
      <translation>Nouvelle</translation>
    </message>
    <message>
      <source>Passed to the landlord</source>
      <translation>Transmise au bailleur</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Résolue</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>Rouverte</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rejetée</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Doublon</translation>
    </message>
    <message>
      <source>Not the landlord's responsibility</source>
      <translation>Hors responsabilité du bailleur</translation>
    </message>
    <message>
      <source>Mark as new</source>
      <translation>Remettre en « nouvelle »</translation>
    </message>
    <message>
      <source>Pass to the landlord</source>
      <translation>Transmettre au bailleur</translation>
    </message>
    <message>
      <source>Mark in progress</source>
      <translation>Marquer en cours</translation>
    </message>
    <message>
      <source>Mark resolved</source>
      <translation>Marquer résolue</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Clôturer</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Rouvrir</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Rejeter</translation>
    </message>
    <message>
      <source>Mark as duplicate</source>
      <translation>Marquer comme doublon</translation>
    </message>
  </context>
  <context>
    <name>Urgency</name>
    <message>
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Élevée</translation>
    </message>
    <message>
      <source>Urgent (safety)</source>
      <translation>Urgente (sécurité)</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>Lift</source>
      <translation>Ascenseur</translation>
    </message>
    <message>
      <source>Heating</source>
      <translation>Chauffage</translation>
    </message>
    <message>
      <source>Plumbing</source>
      <translation>Plomberie</translation>
    </message>
    <message>
      <source>Electricity</source>
      <translation>Électricité</translation>
    </message>
    <message>
      <source>Intercom</source>
      <translation>Interphone</translation>
    </message>
    <message>
      <source>Doors and locks</source>
      <translation>Portes et serrures</translation>
    </message>
    <message>
      <source>Lighting</source>
      <translation>Éclairage</translation>
    </message>
    <message>
      <source>Cleanliness of common areas</source>
      <translation>Propreté des parties communes</translation>
    </message>
    <message>
      <source>Green spaces</source>
      <translation>Espaces verts</translation>
    </message>
    <message>
      <source>Pests</source>
      <translation>Nuisibles</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <source>Neighbourhood disturbance</source>
      <translation>Trouble de voisinage</translation>
    </message>
    <message>
      <source>Service charges</source>
      <translation>Charges locatives</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>A category needs a name.</source>
      <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
      <source>There is already a category “{name}”.</source>
      <translation>Il existe déjà une catégorie « {name} ».</translation>
    </message>
    <message>
      <source>{count} complaint(s) use this category; it cannot be removed.</source>
      <translation>{count} réclamation(s) utilisent cette catégorie : elle ne peut pas être supprimée.</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Building representative</source>
      <translation>Correspondant d'immeuble</translation>
    </message>
    <message>
      <source>Caretaker</source>
      <translation>Gardien</translation>
    </message>
    <message>
      <source>Tenant representative</source>
      <translation>Représentant des locataires</translation>
    </message>
    <message>
      <source>Landlord staff</source>
      <translation>Personnel du bailleur</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Tenant</source>
      <translation>Locataire</translation>
    </message>
  </context>
  <context>
    <name>Service</name>
    <message>
      <source>Maintenance (local management)</source>
      <translation>Gestion de proximité (entretien)</translation>
    </message>
    <message>
      <source>Rental management</source>
      <translation>Gestion locative</translation>
    </message>
    <message>
      <source>Works</source>
      <translation>Maîtrise d'ouvrage (travaux)</translation>
    </message>
    <message>
      <source>Complaints desk</source>
      <translation>Service réclamations</translation>
    </message>
  </context>
  <context>
    <name>Place</name>
    <message>
      <source>Entrance hall</source>
      <translation>Hall d'entrée</translation>
    </message>
    <message>
      <source>Stairwell</source>
      <translation>Cage d'escalier</translation>
    </message>
    <message>
      <source>Cellar</source>
      <translation>Cave</translation>
    </message>
    <message>
      <source>Car park</source>
      <translation>Parking</translation>
    </message>
    <message>
      <source>Bin room</source>
      <translation>Local poubelles</translation>
    </message>
    <message>
      <source>Outside</source>
      <translation>Abords extérieurs</translation>
    </message>
    <message>
      <source>Green space</source>
      <translation>Espace vert</translation>
    </message>
    <message>
      <source>Other common area</source>
      <translation>Autre partie commune</translation>
    </message>
    <message>
      <source>residence</source>
      <translation>résidence</translation>
    </message>
    <message>
      <source>building</source>
      <translation>bâtiment</translation>
    </message>
    <message>
      <source>entrance</source>
      <translation>entrée</translation>
    </message>
    <message>
      <source>home</source>
      <translation>logement</translation>
    </message>
    <message>
      <source>common area</source>
      <translation>partie commune</translation>
    </message>
    <message>
      <source>Choose the building of the entrance.</source>
      <translation>Choisissez le bâtiment de l'entrée.</translation>
    </message>
    <message>
      <source>Choose the entrance of the home.</source>
      <translation>Choisissez l'entrée du logement.</translation>
    </message>
    <message>
      <source>The {what} needs a name.</source>
      <translation>Il faut un nom pour : {what}.</translation>
    </message>
    <message>
      <source>There is no entrance number {id}.</source>
      <translation>Il n'y a pas d'entrée numéro {id}.</translation>
    </message>
    <message>
      <source>Create the residence before its buildings.</source>
      <translation>Créez d'abord la résidence, puis ses bâtiments.</translation>
    </message>
    <message>
      <source>There is no home number {id}.</source>
      <translation>Il n'y a pas de logement numéro {id}.</translation>
    </message>
    <message>
      <source>There is no common area number {id}.</source>
      <translation>Il n'y a pas de partie commune numéro {id}.</translation>
    </message>
    <message>
      <source>There is no building number {id}.</source>
      <translation>Il n'y a pas de bâtiment numéro {id}.</translation>
    </message>
    <message>
      <source>{count} liaison form(s) come from this entrance; it cannot be removed.</source>
      <translation>{count} fiche(s) de liaison proviennent de cette entrée : elle ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>{count} meeting(s) concern this building; it cannot be removed.</source>
      <translation>{count} réunion(s) concernent ce bâtiment : il ne peut pas être supprimé.</translation>
    </message>
  </context>
  <context>
    <name>Complaint</name>
    <message>
      <source>Say which complaint this one duplicates (its number).</source>
      <translation>Indiquez le numéro de la réclamation dont celle-ci est le doublon.</translation>
    </message>
    <message>
      <source>A complaint cannot duplicate itself.</source>
      <translation>Une réclamation ne peut pas être son propre doublon.</translation>
    </message>
    <message>
      <source>A complaint needs a title.</source>
      <translation>Une réclamation doit avoir un titre.</translation>
    </message>
    <message>
      <source>Choose a category for the complaint.</source>
      <translation>Choisissez une catégorie pour la réclamation.</translation>
    </message>
    <message>
      <source>The due date cannot come before the date the complaint was opened.</source>
      <translation>L'échéance ne peut pas précéder la date d'ouverture de la réclamation.</translation>
    </message>
    <message>
      <source>A complaint that is “{current}” cannot become “{target}”.</source>
      <translation>Une réclamation « {current} » ne peut pas passer à « {target} ».</translation>
    </message>
    <message>
      <source>Give a reason to mark the complaint “{target}”.</source>
      <translation>Indiquez un motif pour passer la réclamation à « {target} ».</translation>
    </message>
    <message>
      <source>The title is too long ({count} characters, at most {limit}).</source>
      <translation>Le titre est trop long ({count} caractères, {limit} au maximum).</translation>
    </message>
    <message>
      <source>The description is too long ({count} characters, at most {limit}).</source>
      <translation>La description est trop longue ({count} caractères, {limit} au maximum).</translation>
    </message>
    <message>
      <source>The chosen category no longer exists.</source>
      <translation>La catégorie choisie n'existe plus.</translation>
    </message>
    <message>
      <source>This complaint has not been saved yet.</source>
      <translation>Cette réclamation n'a pas encore été enregistrée.</translation>
    </message>
    <message>
      <source>There is no complaint number {id}.</source>
      <translation>Il n'y a pas de réclamation numéro {id}.</translation>
    </message>
    <message>
      <source>This photo no longer exists.</source>
      <translation>Cette photo n'existe plus.</translation>
    </message>
    <message>
      <source>The landlord's reference is too long ({count} characters, at most {limit}).</source>
      <translation>La référence du bailleur est trop longue ({count} caractères, {limit} au plus).</translation>
    </message>
  </context>
  <context>
    <name>Person</name>
    <message>
      <source>A person needs a name.</source>
      <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message>
      <source>The e-mail address “{email}” is not valid.</source>
      <translation>L'adresse e-mail « {email} » n'est pas valide.</translation>
    </message>
    <message>
      <source>There is no person number {id}.</source>
      <translation>Il n'y a pas de personne numéro {id}.</translation>
    </message>
    <message>
      <source>This person reported {count} complaint(s) and cannot be removed.</source>
      <translation>Cette personne a signalé {count} réclamation(s) et ne peut pas être supprimée.</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>The file {path} was made by a newer version of Palier. It has been left untouched; please install the newer version to open it.</source>
      <translation>Le fichier {path} a été créé par une version plus récente de Palier. Il n'a pas été modifié ; installez la version plus récente pour l'ouvrir.</translation>
    </message>
    <message>
      <source>{path} is a folder, not a Palier file.</source>
      <translation>{path} est un dossier, pas un fichier Palier.</translation>
    </message>
    <message>
      <source>The file {path} cannot be opened as a Palier database ({reason}).</source>
      <translation>Le fichier {path} ne peut pas être ouvert comme base Palier ({reason}).</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Palier: complaints and meetings of a residence.</source>
      <translation>Palier : réclamations et réunions d'une résidence.</translation>
    </message>
    <message>
      <source>the database file (default: the one in your data folder)</source>
      <translation>le fichier de données (par défaut : celui de votre dossier de données)</translation>
    </message>
    <message>
      <source>language of messages</source>
      <translation>langue des messages</translation>
    </message>
    <message>
      <source>your name, written in the history of changes</source>
      <translation>votre nom, inscrit dans l'historique des modifications</translation>
    </message>
    <message>
      <source>open the window, paint it once and exit (for checks)</source>
      <translation>ouvrir la fenêtre, l'afficher une fois puis quitter (pour les vérifications)</translation>
    </message>
    <message>
      <source>Interrupted; nothing was changed.</source>
      <translation>Interrompu ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Something went wrong; nothing was changed. The details are in {path}.</source>
      <translation>Une erreur inattendue s'est produite ; rien n'a été modifié. Les détails sont dans {path}.</translation>
    </message>
  </context>
  <context>
    <name>Crash</name>
    <message>
      <source>Something went wrong</source>
      <translation>Une erreur s'est produite</translation>
    </message>
    <message>
      <source>Something went wrong. Nothing you saved was lost.

The details are in the log file:
{path}</source>
      <translation>Une erreur inattendue s'est produite. Rien de ce que vous avez enregistré n'est perdu.

Les détails sont dans le journal :
{path}</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Palier</source>
      <translation>Palier</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Sections</source>
      <translation>Rubriques</translation>
    </message>
    <message>
      <source>Quarterly meetings arrive in the next version of Palier.</source>
      <translation>Les réunions trimestrielles arrivent dans la prochaine version de Palier.</translation>
    </message>
    <message>
      <source>Printed reports arrive in a later version of Palier.</source>
      <translation>Les documents imprimés arrivent dans une version ultérieure de Palier.</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Réclamations</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Réunions</translation>
    </message>
    <message>
      <source>People and places</source>
      <translation>Personnes et lieux</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>&amp;New complaint</source>
      <translation>&amp;Nouvelle réclamation</translation>
    </message>
    <message>
      <source>&amp;Search complaints</source>
      <translation>&amp;Rechercher une réclamation</translation>
    </message>
    <message>
      <source>S&amp;ettings…</source>
      <translation>&amp;Paramètres…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;About Palier</source>
      <translation>À &amp;propos de Palier</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>What just happened</source>
      <translation>Dernière action</translation>
    </message>
    <message>
      <source>Palier helps building representatives keep the complaint register and prepare the quarterly meetings, without any network.

Database: {path}</source>
      <translation>Palier aide les correspondants d'immeuble à tenir le registre des réclamations et à préparer les réunions trimestrielles, sans aucun réseau.

Base de données : {path}</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Your name (written in the history of changes)</source>
      <translation>Votre nom (inscrit dans l'historique des modifications)</translation>
    </message>
    <message>
      <source>Last database opened</source>
      <translation>Dernière base ouverte</translation>
    </message>
    <message>
      <source>Text size</source>
      <translation>Taille du texte</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <source>None planned yet. Plan it on the Meetings page.</source>
      <translation>Aucune n'est prévue pour l'instant. Planifiez-la dans la rubrique Réunions.</translation>
    </message>
  </context>
</TS>