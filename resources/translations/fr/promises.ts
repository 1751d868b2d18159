<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CommandLine</name>
    <message>
      <source>This database has profiles: say who you are with --profile NAME (your password comes from PALIER_PASSWORD or is asked). Nothing was done.</source>
      <translation>Cette base a des profils : dites qui vous êtes avec --profile NOM (le mot de passe vient de PALIER_PASSWORD ou est demandé). Rien n’a été fait.</translation>
    </message>
    <message>
      <source>Password of {name}: </source>
      <translation>Mot de passe de {name} : </translation>
    </message>
    <message>
      <source>There is no profile called “{name}” in this database. Nothing was done.</source>
      <translation>Il n’y a pas de profil « {name} » dans cette base. Rien n’a été fait.</translation>
    </message>
    <message>
      <source>This is not the password of {name}. Nothing was done.</source>
      <translation>Ce n’est pas le mot de passe de {name}. Rien n’a été fait.</translation>
    </message>
    <message>
      <source>The password of {name} is needed: run this in a terminal, or set PALIER_PASSWORD. Nothing was done.</source>
      <translation>Le mot de passe de {name} est nécessaire : lancez la commande dans un terminal, ou définissez PALIER_PASSWORD. Rien n’a été fait.</translation>
    </message>
  </context>
  <context>
    <name>BackupCommands</name>
    <message>
      <source>replace FILE if it exists (never the database, a backup or another database)</source>
      <translation>remplacer FICHIER s’il existe (jamais la base, une sauvegarde ou une autre base)</translation>
    </message>
  </context>
  <context>
    <name>PrivacyCommands</name>
    <message>
      <source>replace the person's files if the folder already holds them</source>
      <translation>remplacer les fichiers de la personne si le dossier les contient déjà</translation>
    </message>
    <message>
      <source>{count} backup rewritten: it no longer holds purged or forgotten data.</source>
      <translation>{count} sauvegarde réécrite : elle ne contient plus les données anonymisées ou oubliées.</translation>
    </message>
    <message>
      <source>{count} backups rewritten: they no longer hold purged or forgotten data.</source>
      <translation>{count} sauvegardes réécrites : elles ne contiennent plus les données anonymisées ou oubliées.</translation>
    </message>
    <message>
      <source>{name} is forgotten: their name was replaced in {records} by “{new}”. Signed minutes keep it.</source>
      <translation>{name} est effacé(e) : son nom a été remplacé dans {records} par « {new} ». Les comptes rendus signés le conservent.</translation>
    </message>
    <message>
      <source>Finished complaints and liaison forms are anonymised {years} year after their last change.</source>
      <translation>Les réclamations terminées et les fiches de liaison sont anonymisées {years} an après leur dernière modification.</translation>
    </message>
    <message>
      <source>Finished complaints and liaison forms are anonymised {years} years after their last change.</source>
      <translation>Les réclamations terminées et les fiches de liaison sont anonymisées {years} ans après leur dernière modification.</translation>
    </message>
  </context>
  <context>
    <name>ProfileCommands</name>
    <message>
      <source>No password for {name}: run this in a terminal, or set {variable}; nothing was changed.</source>
      <translation>Pas de mot de passe pour {name} : lancez la commande dans un terminal, ou définissez {variable} ; rien n’a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>Reports</name>
    <message>
      <source>replace the PDF file if it already exists (never the database or a backup)</source>
      <translation>remplacer le fichier PDF s’il existe déjà (jamais la base ni une sauvegarde)</translation>
    </message>
    <message>
      <source>Posting version: 1 sentence changed or to check. Read it before posting (the window lets you reword it):</source>
      <translation>Version à afficher : 1 phrase modifiée ou à vérifier. Relisez-la avant l’affichage (la fenêtre permet de la reformuler) :</translation>
    </message>
    <message>
      <source>Posting version: {count} sentences changed or to check. Read them before posting (the window lets you reword them):</source>
      <translation>Version à afficher : {count} phrases modifiées ou à vérifier. Relisez-les avant l’affichage (la fenêtre permet de les reformuler) :</translation>
    </message>
  </context>
  <context>
    <name>Signing</name>
    <message>
      <source>replace the file if it already exists (never the database or a backup)</source>
      <translation>remplacer le fichier s’il existe déjà (jamais la base ni une sauvegarde)</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>replace REJECTS.csv if it already exists (never the database or a backup)</source>
      <translation>remplacer REJETS.csv s’il existe déjà (jamais la base ni une sauvegarde)</translation>
    </message>
    <message>
      <source>replace FILE if it already exists (never the database or a backup)</source>
      <translation>remplacer FICHIER s’il existe déjà (jamais la base ni une sauvegarde)</translation>
    </message>
    <message>
      <source>read VALUE of the column mapped to FIELD (service or status) as TARGET, for example "service:DPE-STPP-DT=works"; TARGET keep keeps a landlord's own service name in the description</source>
      <translation>lire VALEUR de la colonne associée à CHAMP (service ou status) comme CIBLE, par exemple « service:DPE-STPP-DT=works » ; la CIBLE keep garde dans la description le nom de service propre au bailleur</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>the date “{value}” in column “{column}” is before {year}: is it a typing mistake?</source>
      <translation>la date « {value} » de la colonne « {column} » est antérieure à {year} : est-ce une faute de frappe ?</translation>
    </message>
    <message>
      <source>the date “{value}” in column “{column}” is more than {years} years from today: is it a typing mistake?</source>
      <translation>la date « {value} » de la colonne « {column} » est à plus de {years} ans d’aujourd’hui : est-ce une faute de frappe ?</translation>
    </message>
    <message>
      <source>“{item}” is not a value mapping: write it FIELD:VALUE=TARGET, for example --map-values "service:DPE-STPP-DT=works" or "service:graffitis=keep" (FIELD is service or status).</source>
      <translation>« {item} » n’est pas une correspondance de valeurs : écrivez CHAMP:VALEUR=CIBLE, par exemple --map-values "service:DPE-STPP-DT=works" ou "service:graffitis=keep" (CHAMP est service ou status).</translation>
    </message>
    <message>
      <source>In --map-values “{item}”: {reason}.</source>
      <translation>Dans --map-values « {item} » : {reason}.</translation>
    </message>
    <message>
      <source>Landlord's service: {name}</source>
      <translation>Service du bailleur : {name}</translation>
    </message>
    <message>
      <source>lines {first}</source>
      <translation>lignes {first}</translation>
    </message>
    <message>
      <source>lines {first} and {more} more</source>
      <translation>lignes {first} et {more} autres</translation>
    </message>
    <message>
      <source>{count} rows ({where}): {reason}.</source>
      <translation>{count} lignes ({where}) : {reason}.</translation>
    </message>
  </context>
  <context>
    <name>Photos</name>
    <message>
      <source>“{name}” is a picture of too many pixels; Palier takes photos of at most {limit} million pixels. Make it smaller first.</source>
      <translation>« {name} » est une image de trop de pixels ; Palier accepte des photos d’au plus {limit} millions de pixels. Réduisez-la d’abord.</translation>
    </message>
    <message>
      <source>“{name}” is a picture of {width} × {height} pixels ({count} million); Palier takes photos of at most {limit} million pixels. Make it smaller first.</source>
      <translation>« {name} » est une image de {width} × {height} pixels ({count} millions) ; Palier accepte des photos d’au plus {limit} millions de pixels. Réduisez-la d’abord.</translation>
    </message>
    <message>
      <source>“{name}” is a picture of {count} million pixels; Palier takes photos of at most {limit} million pixels. Make it smaller first.</source>
      <translation>« {name} » est une image de {count} millions de pixels ; Palier accepte des photos d’au plus {limit} millions de pixels. Réduisez-la d’abord.</translation>
    </message>
  </context>
  <context>
    <name>Targets</name>
    <message>
      <source>it is a database (a register or a backup)</source>
      <translation>c’est une base de données (un registre ou une sauvegarde)</translation>
    </message>
    <message>
      <source>it is the Palier database</source>
      <translation>c’est la base de Palier</translation>
    </message>
    <message>
      <source>it is in the folder of the database's backups</source>
      <translation>il est dans le dossier des sauvegardes de la base</translation>
    </message>
    <message>
      <source>it is a working file of the Palier database</source>
      <translation>c’est un fichier de travail de la base de Palier</translation>
    </message>
    <message>
      <source>{path} is a folder; give the name of a file to write. Nothing was written.</source>
      <translation>{path} est un dossier ; donnez le nom d’un fichier à écrire. Rien n’a été écrit.</translation>
    </message>
    <message>
      <source>Palier never writes over {path}: {reason}. Choose another file name; nothing was written.</source>
      <translation>Palier n’écrit jamais par-dessus {path} : {reason}. Choisissez un autre nom de fichier ; rien n’a été écrit.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist; nothing was written. Choose a folder that exists (is the USB key plugged in?).</source>
      <translation>Le dossier {folder} n’existe pas ; rien n’a été écrit. Choisissez un dossier qui existe (la clé USB est-elle branchée ?).</translation>
    </message>
    <message>
      <source>{path} already exists; Palier did not write over it. Choose another name, or add --overwrite to replace it.</source>
      <translation>{path} existe déjà ; Palier n’a pas écrit par-dessus. Choisissez un autre nom, ou ajoutez --overwrite pour le remplacer.</translation>
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>The folder {folder} does not exist; no database was created there.</source>
      <translation>Le dossier {folder} n’existe pas ; aucune base n’y a été créée.</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>Check the file name, or open Palier's window to create a residence there.</source>
      <translation>Vérifiez le nom du fichier, ou ouvrez la fenêtre de Palier pour y créer une résidence.</translation>
    </message>
    <message>
      <source>There is no Palier database at {path}; nothing was created.</source>
      <translation>Il n’y a pas de base Palier à {path} ; rien n’a été créé.</translation>
    </message>
    <message>
      <source>{path} is not a Palier database (it holds another program's data, or is not a database at all). Palier left it untouched.</source>
      <translation>{path} n’est pas une base Palier (il contient les données d’un autre programme, ou n’est pas une base du tout). Palier n’y a pas touché.</translation>
    </message>
    <message>
      <source>The damaged file that was there was set aside as {moved}.</source>
      <translation>Le fichier endommagé qui s’y trouvait a été mis de côté sous le nom {moved}.</translation>
    </message>
    <message>
      <source>{path} is empty: it is not a Palier database. Palier left it as it is.</source>
      <translation>{path} est vide : ce n’est pas une base Palier. Palier l’a laissé tel quel.</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>Create a new residence?</source>
      <translation>Créer une nouvelle résidence ?</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>There is no Palier database at {path}. Create a new one there, for a residence of your own?</source>
      <translation>Il n’y a pas de base Palier à {path}. En créer une nouvelle à cet endroit, pour votre résidence ?</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Replace the file?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Remplacer</translation>
    </message>
    <message>
      <source>{path} already exists. Replace it?</source>
      <translation>{path} existe déjà. Le remplacer ?</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>{path} already exists. Replace it with the rows set aside?</source>
      <translation>{path} existe déjà. Le remplacer par les lignes mises de côté ?</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Remplacer</translation>
    </message>
    <message>
      <source>Services named by the landlord</source>
      <translation>Services nommés par le bailleur</translation>
    </message>
    <message>
      <source>These values of the service column are not Palier's services. Say what each one stands for:</source>
      <translation>Ces valeurs de la colonne du service ne sont pas des services de Palier. Dites à quoi chacune correspond :</translation>
    </message>
    <message>
      <source>Keep the landlord's name (in the description)</source>
      <translation>Garder le nom du bailleur (dans la description)</translation>
    </message>
    <message>
      <source>What “{value}” stands for</source>
      <translation>Ce que « {value} » désigne</translation>
    </message>
    <message>
      <source>(choose)</source>
      <translation>(choisir)</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Replace the files?</source>
      <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
      <source>The folder {folder} already holds {files}. Replace them?</source>
      <translation>Le dossier {folder} contient déjà {files}. Les remplacer ?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Remplacer</translation>
    </message>
    <message>
      <source>Palier will remove the purged and forgotten data from 1 backup too. It is checked again afterwards.</source>
      <translation>Palier retirera aussi les données anonymisées et oubliées d’1 sauvegarde. Elle sera vérifiée de nouveau ensuite.</translation>
    </message>
    <message>
      <source>Palier will remove the purged and forgotten data from {count} backups too. Each one is checked again afterwards.</source>
      <translation>Palier retirera aussi les données anonymisées et oubliées de {count} sauvegardes. Chacune sera vérifiée de nouveau ensuite.</translation>
    </message>
    <message>
      <source>{name} is forgotten: the name was replaced in {records}; signed minutes keep it.</source>
      <translation>{name} est effacé(e) : le nom a été remplacé dans {records} ; les comptes rendus signés le conservent.</translation>
    </message>
    <message>
      <source>{complaints} and {forms} finished before {date} will lose their reporter, the names they hold and their photos. This cannot be undone.</source>
      <translation>{complaints} et {forms} terminées avant le {date} perdront leur demandeur, les noms qu’elles contiennent et leurs photos. C’est irréversible.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>1 backup made before {date} still holds purged or forgotten data. The rotation drops it by {expires} at the latest; you can rewrite it now.</source>
      <translation>1 sauvegarde faite avant le {date} contient encore des données anonymisées ou oubliées. La rotation la supprime au plus tard le {expires} ; vous pouvez la réécrire dès maintenant.</translation>
    </message>
    <message>
      <source>{count} backups made before {date} still hold purged or forgotten data. The rotation drops the last of them by {expires} at the latest; you can rewrite them now.</source>
      <translation>{count} sauvegardes faites avant le {date} contiennent encore des données anonymisées ou oubliées. La rotation supprime la dernière au plus tard le {expires} ; vous pouvez les réécrire dès maintenant.</translation>
    </message>
    <message>
      <source>1 of them was made before an update or a restore and is kept until three newer ones exist.</source>
      <translation>1 d’entre elles a été faite avant une mise à jour ou une restauration et reste conservée jusqu’à ce que trois plus récentes existent.</translation>
    </message>
    <message>
      <source>{count} of them were made before an update or a restore and are kept until three newer ones exist.</source>
      <translation>{count} d’entre elles ont été faites avant une mise à jour ou une restauration et restent conservées jusqu’à ce que trois plus récentes existent.</translation>
    </message>
    <message>
      <source>{complaints} and {forms} older than {date} anonymised; {photos} and {texts} naming someone removed.</source>
      <translation>Anonymisé : {complaints} et {forms} antérieures au {date} ; retiré : {photos} et {texts} nommant une personne.</translation>
    </message>
    <message>
      <source>{count} complaint</source>
      <translation>{count} réclamation</translation>
    </message>
    <message>
      <source>{count} complaints</source>
      <translation>{count} réclamations</translation>
    </message>
    <message>
      <source>{count} liaison form</source>
      <translation>{count} fiche de liaison</translation>
    </message>
    <message>
      <source>{count} liaison forms</source>
      <translation>{count} fiches de liaison</translation>
    </message>
    <message>
      <source>{count} record</source>
      <translation>{count} enregistrement</translation>
    </message>
    <message>
      <source>{count} records</source>
      <translation>{count} enregistrements</translation>
    </message>
    <message>
      <source>Dry run, nothing changed: {complaints} and {forms} older than {date} would be anonymised, and {photos} removed.</source>
      <translation>Simulation, rien n’a changé : {complaints} et {forms} antérieures au {date} seraient anonymisées, et {photos} retirées.</translation>
    </message>
    <message>
      <source>{count} photo</source>
      <translation>{count} photo</translation>
    </message>
    <message>
      <source>{count} photos</source>
      <translation>{count} photos</translation>
    </message>
    <message>
      <source>{count} text</source>
      <translation>{count} texte</translation>
    </message>
    <message>
      <source>{count} texts</source>
      <translation>{count} textes</translation>
    </message>
    <message>
      <source>Name replaced in {records}; signed minutes keep it.</source>
      <translation>Nom remplacé dans {records} ; les comptes rendus signés le conservent.</translation>
    </message>
  </context>
  <context>
    <name>Meeting</name>
    <message>
      <source>The meeting of {date} cannot be closed: 1 point has neither an answer nor a reason for having none yet:</source>
      <translation>La réunion du {date} ne peut pas être clôturée : 1 point n'a encore ni réponse ni motif d'absence de réponse :</translation>
    </message>
    <message>
      <source>The meeting of {date} cannot be closed: {count} points have neither an answer nor a reason for having none yet:</source>
      <translation>La réunion du {date} ne peut pas être clôturée : {count} points n'ont encore ni réponse ni motif d'absence de réponse :</translation>
    </message>
  </context>
  <context>
    <name>Category</name>
    <message>
      <source>1 complaint uses this category; it cannot be removed.</source>
      <translation>1 réclamation utilise cette catégorie ; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>{count} complaints use this category; it cannot be removed.</source>
      <translation>{count} réclamations utilisent cette catégorie ; elle ne peut pas être supprimée.</translation>
    </message>
  </context>
  <context>
    <name>Person</name>
    <message>
      <source>This person reported 1 complaint and cannot be removed.</source>
      <translation>Cette personne a signalé 1 réclamation et ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>This person reported {count} complaints and cannot be removed.</source>
      <translation>Cette personne a signalé {count} réclamations et ne peut pas être supprimée.</translation>
    </message>
  </context>
  <context>
    <name>Place</name>
    <message>
      <source>1 complaint concerns this place; it cannot be removed.</source>
      <translation>1 réclamation concerne ce lieu ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
      <source>{count} complaints concern this place; it cannot be removed.</source>
      <translation>{count} réclamations concernent ce lieu ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
      <source>1 liaison form comes from this entrance; it cannot be removed.</source>
      <translation>1 fiche de liaison vient de cette entrée ; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>{count} liaison forms come from this entrance; it cannot be removed.</source>
      <translation>{count} fiches de liaison viennent de cette entrée ; elle ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>This entrance still has 1 home; remove it first.</source>
      <translation>Cette entrée compte encore 1 logement ; supprimez-le d’abord.</translation>
    </message>
    <message>
      <source>This entrance still has {count} homes; remove them first.</source>
      <translation>Cette entrée compte encore {count} logements ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>This entrance still has 1 common area; remove it first.</source>
      <translation>Cette entrée compte encore 1 partie commune ; supprimez-la d’abord.</translation>
    </message>
    <message>
      <source>This entrance still has {count} common areas; remove them first.</source>
      <translation>Cette entrée compte encore {count} parties communes ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>1 meeting concerns this building; it cannot be removed.</source>
      <translation>1 réunion concerne ce bâtiment ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
      <source>{count} meetings concern this building; it cannot be removed.</source>
      <translation>{count} réunions concernent ce bâtiment ; il ne peut pas être supprimé.</translation>
    </message>
    <message>
      <source>This building still has 1 entrance; remove it first.</source>
      <translation>Ce bâtiment compte encore 1 entrée ; supprimez-la d’abord.</translation>
    </message>
    <message>
      <source>This building still has {count} entrances; remove them first.</source>
      <translation>Ce bâtiment compte encore {count} entrées ; supprimez-les d’abord.</translation>
    </message>
    <message>
      <source>This building still has 1 common area; remove it first.</source>
      <translation>Ce bâtiment compte encore 1 partie commune ; supprimez-la d’abord.</translation>
    </message>
    <message>
      <source>This building still has {count} common areas; remove them first.</source>
      <translation>Ce bâtiment compte encore {count} parties communes ; supprimez-les d’abord.</translation>
    </message>
  </context>
  <context>
    <name>PublicWording</name>
    <message>
      <source>The posting version is put up in the entrance hall. In this sentence a name or a home was removed, or a word looks like a name. Read it, reword it if needed, then confirm.</source>
      <translation>La version à afficher est placardée dans le hall d’entrée. Dans cette phrase, un nom ou un logement a été retiré, ou un mot ressemble à un nom. Relisez-la, reformulez-la si besoin, puis confirmez.</translation>
    </message>
    <message>
      <source>The posting version is put up in the entrance hall. In these {count} sentences a name or a home was removed, or a word looks like a name. Read each one, reword it if needed, then confirm.</source>
      <translation>La version à afficher est placardée dans le hall d’entrée. Dans ces {count} phrases, un nom ou un logement a été retiré, ou un mot ressemble à un nom. Relisez chacune, reformulez-la si besoin, puis confirmez.</translation>
    </message>
  </context>
</TS>
