<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Export</name>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Date d'ouverture</translation>
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
      <source>Landlord reference</source>
      <translation>Référence bailleur</translation>
    </message>
    <message>
      <source>Landlord service</source>
      <translation>Service du bailleur</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>The file has no column “{column}”. Its columns are: {columns}.</source>
      <translation>Le fichier n'a pas de colonne « {column} ». Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
      <source>the service “{value}” in column “{column}” is not known (use for example: {examples})</source>
      <translation>le service « {value} » de la colonne « {column} » est inconnu (utilisez par exemple : {examples})</translation>
    </message>
    <message>
      <source>the status “{value}” in column “{column}” is not known (use for example: {examples})</source>
      <translation>le statut « {value} » de la colonne « {column} » est inconnu (utilisez par exemple : {examples})</translation>
    </message>
    <message>
      <source>“{field}” is not a field Palier can import. Use one of: {fields}, or “ignore”.</source>
      <translation>« {field} » n'est pas un champ que Palier sait importer. Utilisez l'un de ceux-ci : {fields}, ou « ignore ».</translation>
    </message>
    <message>
      <source>“{value}” in column “{column}” is not a date (write it as 31/12/2024 or 2024-12-31)</source>
      <translation>« {value} » dans la colonne « {column} » n'est pas une date (écrivez-la 31/12/2024 ou 2024-12-31)</translation>
    </message>
    <message>
      <source>the date “{value}” in column “{column}” needs a year with four digits</source>
      <translation>l'année de la date « {value} » de la colonne « {column} » doit avoir quatre chiffres</translation>
    </message>
    <message>
      <source>the date “{value}” in column “{column}” does not exist</source>
      <translation>la date « {value} » de la colonne « {column} » n'existe pas</translation>
    </message>
    <message>
      <source>No column of “{name}” holds the title of the complaints. Its columns are: {columns}.</source>
      <translation>Aucune colonne de « {name} » ne contient le titre des réclamations. Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
      <source>No column of “{name}” holds the category of the complaints. Its columns are: {columns}.</source>
      <translation>Aucune colonne de « {name} » ne contient la catégorie des réclamations. Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
      <source>No column of “{name}” holds the title or the category of the complaints. Its columns are: {columns}.</source>
      <translation>Aucune colonne de « {name} » ne contient le titre ni la catégorie des réclamations. Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
      <source>Nothing was imported: 1 row of “{name}” cannot be imported.</source>
      <translation>Rien n'a été importé : 1 ligne de « {name} » ne peut pas être importée.</translation>
    </message>
    <message>
      <source>Nothing was imported: {count} rows of “{name}” cannot be imported.</source>
      <translation>Rien n'a été importé : {count} lignes de « {name} » ne peuvent pas être importées.</translation>
    </message>
    <message>
      <source>The import was stopped; nothing was changed.</source>
      <translation>L'import a été arrêté ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The file for the rejected rows must not be the file being imported.</source>
      <translation>Le fichier des lignes écartées doit être différent du fichier importé.</translation>
    </message>
    <message>
      <source>Line {line}: {reasons}.</source>
      <translation>Ligne {line} : {reasons}.</translation>
    </message>
    <message>
      <source>; </source>
      <translation> ; </translation>
    </message>
    <message>
      <source>1 complaint imported</source>
      <translation>1 réclamation importée</translation>
    </message>
    <message>
      <source>{count} complaints imported</source>
      <translation>{count} réclamations importées</translation>
    </message>
    <message>
      <source>{parts}.</source>
      <translation>{parts}.</translation>
    </message>
    <message>
      <source>Imported from “{file}”</source>
      <translation>Importée depuis « {file} »</translation>
    </message>
    <message>
      <source>1 complaint would be imported</source>
      <translation>1 réclamation serait importée</translation>
    </message>
    <message>
      <source>{count} complaints would be imported</source>
      <translation>{count} réclamations seraient importées</translation>
    </message>
    <message>
      <source>Trial run, nothing was changed: {parts}.</source>
      <translation>Essai à blanc, rien n'a été modifié : {parts}.</translation>
    </message>
    <message>
      <source>1 category created</source>
      <translation>1 catégorie créée</translation>
    </message>
    <message>
      <source>{count} categories created</source>
      <translation>{count} catégories créées</translation>
    </message>
    <message>
      <source>1 row with errors set aside in “{file}”</source>
      <translation>1 ligne en erreur mise de côté dans « {file} »</translation>
    </message>
    <message>
      <source>{count} rows with errors set aside in “{file}”</source>
      <translation>{count} lignes en erreur mises de côté dans « {file} »</translation>
    </message>
    <message>
      <source>The file “{name}” has column names but no rows to import.</source>
      <translation>Le fichier « {name} » a des noms de colonnes mais aucune ligne à importer.</translation>
    </message>
    <message>
      <source>Reason for rejection</source>
      <translation>Motif du rejet</translation>
    </message>
    <message>
      <source>1 category would be created</source>
      <translation>1 catégorie serait créée</translation>
    </message>
    <message>
      <source>{count} categories would be created</source>
      <translation>{count} catégories seraient créées</translation>
    </message>
    <message>
      <source>1 row has errors</source>
      <translation>1 ligne comporte des erreurs</translation>
    </message>
    <message>
      <source>{count} rows have errors</source>
      <translation>{count} lignes comportent des erreurs</translation>
    </message>
    <message>
      <source>the title in column “{column}” is empty</source>
      <translation>le titre (colonne « {column} ») est vide</translation>
    </message>
    <message>
      <source>the category in column “{column}” is empty</source>
      <translation>la catégorie (colonne « {column} ») est vide</translation>
    </message>
    <message>
      <source>the date in column “{column}” is empty</source>
      <translation>la date (colonne « {column} ») est vide</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <source>1 complaint exported to “{path}”.</source>
      <translation>1 réclamation exportée dans « {path} ».</translation>
    </message>
    <message>
      <source>{count} complaints exported to “{path}”.</source>
      <translation>{count} réclamations exportées dans « {path} ».</translation>
    </message>
    <message>
      <source>import complaints from a CSV file</source>
      <translation>importer des réclamations depuis un fichier CSV</translation>
    </message>
    <message>
      <source>import complaints from a CSV file (all or nothing)</source>
      <translation>importer des réclamations depuis un fichier CSV (tout ou rien)</translation>
    </message>
    <message>
      <source>Import the complaints of a landlord's or a spreadsheet's CSV extract. Nothing is imported if a row is invalid, unless --skip-invalid is given. The title and the category are required.</source>
      <translation>Importe les réclamations d'un extrait CSV du bailleur ou d'un tableur. Rien n'est importé si une ligne est invalide, sauf avec --skip-invalid. Le titre et la catégorie sont obligatoires.</translation>
    </message>
    <message>
      <source>the CSV file (UTF-8 or Windows; , ; or tab)</source>
      <translation>le fichier CSV (UTF-8 ou Windows ; séparé par , ; ou tabulation)</translation>
    </message>
    <message>
      <source>import the valid rows and write the others, with the reason, to this file</source>
      <translation>importer les lignes valides et écrire les autres, avec le motif, dans ce fichier</translation>
    </message>
    <message>
      <source>check the file and say what would be imported, without changing anything</source>
      <translation>vérifier le fichier et dire ce qui serait importé, sans rien modifier</translation>
    </message>
    <message>
      <source>export complaints to a CSV file</source>
      <translation>exporter des réclamations dans un fichier CSV</translation>
    </message>
    <message>
      <source>export complaints to a CSV file for a spreadsheet</source>
      <translation>exporter des réclamations dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
      <source>Write the complaints to a CSV file (UTF-8 with BOM, semicolons) that French Excel opens with its accents.</source>
      <translation>Écrit les réclamations dans un fichier CSV (UTF-8 avec BOM, points-virgules) qu'Excel en français ouvre avec ses accents.</translation>
    </message>
    <message>
      <source>the file to write</source>
      <translation>le fichier à écrire</translation>
    </message>
    <message>
      <source>which complaints: open, closed or all (default: all)</source>
      <translation>quelles réclamations : open (en cours), closed (closes) ou all (toutes, par défaut)</translation>
    </message>
    <message>
      <source>Correct these rows and import the file again, or add --skip-invalid REJECTS.csv to import the valid rows and set the others aside.</source>
      <translation>Corrigez ces lignes et importez de nouveau le fichier, ou ajoutez --skip-invalid REJETS.csv pour importer les lignes valides et mettre les autres de côté.</translation>
    </message>
    <message>
      <source>read the column SOURCE_COLUMN as FIELD, one of: {fields}, or ignore</source>
      <translation>lire la colonne SOURCE_COLUMN comme le champ FIELD, parmi : {fields}, ou ignore</translation>
    </message>
    <message>
      <source>“{item}” is not a column mapping: write it SOURCE_COLUMN=FIELD, for example --map "Objet=title".</source>
      <translation>« {item} » n'indique pas une colonne : écrivez COLONNE=CHAMP, par exemple --map "Objet=title".</translation>
    </message>
    <message>
      <source>Say which column holds it with --map, for example --map "Objet={field}".</source>
      <translation>Indiquez la colonne qui le contient avec --map, par exemple --map "Objet={field}".</translation>
    </message>
  </context>
  <context>
    <name>CsvFile</name>
    <message>
      <source>UTF-8 with BOM</source>
      <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
      <source>UTF-8</source>
      <translation>UTF-8</translation>
    </message>
    <message>
      <source>Windows (cp1252)</source>
      <translation>Windows (cp1252)</translation>
    </message>
    <message>
      <source>semicolon (;)</source>
      <translation>point-virgule (;)</translation>
    </message>
    <message>
      <source>comma (,)</source>
      <translation>virgule (,)</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>tabulation</translation>
    </message>
    <message>
      <source>The file “{name}” is neither UTF-8 nor Windows (cp1252) text. Save it from the spreadsheet as “CSV UTF-8”.</source>
      <translation>Le fichier « {name} » n'est ni du texte UTF-8 ni du texte Windows (cp1252). Enregistrez-le depuis le tableur au format « CSV UTF-8 ».</translation>
    </message>
    <message>
      <source>The file “{path}” cannot be written ({reason}). If a spreadsheet has it open, close it and try again.</source>
      <translation>Le fichier « {path} » ne peut pas être écrit ({reason}). S'il est ouvert dans un tableur, fermez-le et réessayez.</translation>
    </message>
    <message>
      <source>The file “{name}” is empty: there is nothing to import.</source>
      <translation>Le fichier « {name} » est vide : il n'y a rien à importer.</translation>
    </message>
    <message>
      <source>The file “{name}” is not a CSV table (it looks like a binary file, such as a spreadsheet or a picture). Save it from the spreadsheet as “CSV”.</source>
      <translation>Le fichier « {name} » n'est pas un tableau CSV (il ressemble à un fichier binaire, comme un classeur ou une image). Enregistrez-le depuis le tableur au format « CSV ».</translation>
    </message>
    <message>
      <source>The folder “{folder}” does not exist.</source>
      <translation>Le dossier « {folder} » n'existe pas.</translation>
    </message>
    <message>
      <source>There is no file “{path}”.</source>
      <translation>Le fichier « {path} » n'existe pas.</translation>
    </message>
    <message>
      <source>“{path}” is a folder, not a CSV file.</source>
      <translation>« {path} » est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
      <source>The file “{path}” cannot be read ({reason}).</source>
      <translation>Le fichier « {path} » ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <source>The file “{name}” is not a readable CSV table ({reason}).</source>
      <translation>Le fichier « {name} » n'est pas un tableau CSV lisible ({reason}).</translation>
    </message>
    <message>
      <source>The export was stopped; no file was written.</source>
      <translation>L'export a été arrêté ; aucun fichier n'a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
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
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <source>Do not import</source>
      <translation>Ne pas importer</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>Importée comme</translation>
    </message>
    <message>
      <source>First value</source>
      <translation>Première valeur</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>Imported as, for the column “{column}”</source>
      <translation>Importée comme, pour la colonne « {column} »</translation>
    </message>
    <message>
      <source>Line {line}</source>
      <translation>Ligne {line}</translation>
    </message>
    <message>
      <source>Check how the file will be read</source>
      <translation>Vérifiez comment le fichier sera lu</translation>
    </message>
    <message>
      <source>Each column of the file is imported as the field chosen next to it. Change a choice if it is wrong.</source>
      <translation>Chaque colonne du fichier est importée dans le champ choisi à côté d'elle. Changez un choix s'il est faux.</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importer</translation>
    </message>
    <message>
      <source>Columns and first rows</source>
      <translation>Colonnes et premières lignes</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <source>First rows</source>
      <translation>Premières lignes</translation>
    </message>
    <message>
      <source>Rows that cannot be imported</source>
      <translation>Lignes qui ne peuvent pas être importées</translation>
    </message>
    <message>
      <source>Set &amp;aside the rows with errors and import the others</source>
      <translation>&amp;Mettre de côté les lignes en erreur et importer les autres</translation>
    </message>
    <message>
      <source>Set aside the rows with errors and import the others</source>
      <translation>Mettre de côté les lignes en erreur et importer les autres</translation>
    </message>
    <message>
      <source>File for the rows set aside</source>
      <translation>Fichier des lignes mises de côté</translation>
    </message>
    <message>
      <source>&amp;Rows set aside go to:</source>
      <translation>&amp;Lignes mises de côté dans :</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <source>Choose the file for the rows set aside</source>
      <translation>Choisir le fichier des lignes mises de côté</translation>
    </message>
    <message>
      <source>How each column is imported</source>
      <translation>Comment chaque colonne est importée</translation>
    </message>
    <message>
      <source>First rows of the file</source>
      <translation>Premières lignes du fichier</translation>
    </message>
    <message>
      <source>Choose the column that holds it in the table above.</source>
      <translation>Choisissez la colonne qui le contient dans le tableau ci-dessus.</translation>
    </message>
    <message>
      <source>1 row cannot be imported as it is:</source>
      <translation>1 ligne ne peut pas être importée telle quelle :</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>No errors: every row can be imported.</source>
      <translation>Aucune erreur : toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
      <source>{rows} rows read. Encoding: {encoding}. Separator: {delimiter}.</source>
      <translation>{rows} lignes lues. Encodage : {encoding}. Séparateur : {delimiter}.</translation>
    </message>
    <message>
      <source>{count} rows cannot be imported as they are:</source>
      <translation>{count} lignes ne peuvent pas être importées telles quelles :</translation>
    </message>
    <message>
      <source>New categories will be created: {names}.</source>
      <translation>Nouvelles catégories qui seront créées : {names}.</translation>
    </message>
    <message>
      <source>{name}-rejected.csv</source>
      <translation>{name}-rejets.csv</translation>
    </message>
    <message>
      <source>Import complaints</source>
      <translation>Importer des réclamations</translation>
    </message>
    <message>
      <source>Choose the CSV file sent by the landlord or saved from a spreadsheet.</source>
      <translation>Choisissez le fichier CSV envoyé par le bailleur ou enregistré depuis un tableur.</translation>
    </message>
    <message>
      <source>File to import</source>
      <translation>Fichier à importer</translation>
    </message>
    <message>
      <source>For example C:\Documents\reclamations.csv</source>
      <translation>Par exemple C:\Documents\reclamations.csv</translation>
    </message>
    <message>
      <source>&amp;File:</source>
      <translation>&amp;Fichier :</translation>
    </message>
    <message>
      <source>Choose the file to import</source>
      <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
      <source>The file needs a column for the title and one for the category. Dates may be written 31/12/2024 or 2024-12-31. Nothing is imported if a row is wrong, unless you choose to set such rows aside.</source>
      <translation>Le fichier doit avoir une colonne pour le titre et une pour la catégorie. Les dates peuvent s'écrire 31/12/2024 ou 2024-12-31. Rien n'est importé si une ligne est fausse, sauf si vous choisissez de mettre ces lignes de côté.</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt);;All files (*)</source>
      <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>Lecture du fichier…</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Import en cours</translation>
    </message>
    <message>
      <source>The complaints are being checked and saved. You can stop at any time: nothing is changed until the end.</source>
      <translation>Les réclamations sont vérifiées puis enregistrées. Vous pouvez arrêter à tout moment : rien n'est modifié avant la fin.</translation>
    </message>
    <message>
      <source>Import progress</source>
      <translation>Avancement de l'import</translation>
    </message>
    <message>
      <source>&amp;Stop the import</source>
      <translation>&amp;Arrêter l'import</translation>
    </message>
    <message>
      <source>Stop the import</source>
      <translation>Arrêter l'import</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Démarrage…</translation>
    </message>
    <message>
      <source>Checking and saving the rows…</source>
      <translation>Vérification et enregistrement des lignes…</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
    </message>
    <message>
      <source>Import finished</source>
      <translation>Import terminé</translation>
    </message>
    <message>
      <source>Rows set aside</source>
      <translation>Lignes mises de côté</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Rien n'a été importé</translation>
    </message>
    <message>
      <source>Nothing was imported; the register is as it was.</source>
      <translation>Rien n'a été importé ; le registre est resté tel quel.</translation>
    </message>
    <message>
      <source>These rows were set aside:</source>
      <translation>Ces lignes ont été mises de côté :</translation>
    </message>
    <message>
      <source>Something went wrong; nothing was changed. The details are in {path}.</source>
      <translation>Un problème est survenu ; rien n'a été modifié. Les détails sont dans {path}.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export the complaints</source>
      <translation>Exporter les réclamations</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>Exporting the complaints…</source>
      <translation>Export des réclamations…</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Export progress</source>
      <translation>Avancement de l'export</translation>
    </message>
    <message>
      <source>complaints-{date}.csv</source>
      <translation>reclamations-{date}.csv</translation>
    </message>
    <message>
      <source>1 complaint exported to “{path}”.</source>
      <translation>1 réclamation exportée dans « {path} ».</translation>
    </message>
    <message>
      <source>{count} complaints exported to “{path}”.</source>
      <translation>{count} réclamations exportées dans « {path} ».</translation>
    </message>
  </context>
</TS>