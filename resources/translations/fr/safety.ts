<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>BackupCommands</name>
    <message>
      <source>write a checked backup of the database to a file</source>
      <translation>écrire dans un fichier une sauvegarde vérifiée de la base</translation>
    </message>
    <message>
      <source>Copy the database to FILE (for example on a USB key) and check the copy. This works even while Palier is open.</source>
      <translation>Copier la base dans FICHIER (par exemple sur une clé USB) et vérifier la copie. Cela fonctionne même pendant que Palier est ouvert.</translation>
    </message>
    <message>
      <source>the backup file to write (or a folder to write it in)</source>
      <translation>le fichier de sauvegarde à écrire (ou un dossier où l’écrire)</translation>
    </message>
    <message>
      <source>replace the database with a backup</source>
      <translation>remplacer la base par une sauvegarde</translation>
    </message>
    <message>
      <source>Replace the database with the backup FILE, after asking. What it held is backed up first, in its backups folder.</source>
      <translation>Remplacer la base par la sauvegarde FICHIER, après confirmation. Son contenu actuel est d’abord sauvegardé, dans son dossier de sauvegardes.</translation>
    </message>
    <message>
      <source>the backup to put back</source>
      <translation>la sauvegarde à remettre en place</translation>
    </message>
    <message>
      <source>do not ask before replacing</source>
      <translation>ne pas demander confirmation avant de remplacer</translation>
    </message>
    <message>
      <source>check that the database is sound</source>
      <translation>vérifier que la base est intacte</translation>
    </message>
    <message>
      <source>Run SQLite's quick check on the database without changing it. Exit status 0 when it is sound, 2 when it is damaged (the last good backup is named).</source>
      <translation>Lancer la vérification rapide de SQLite sur la base, sans la modifier. Code de sortie 0 si elle est intacte, 2 si elle est endommagée (la dernière bonne sauvegarde est alors indiquée).</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} Ko</translation>
    </message>
    <message>
      <source>Nothing was replaced: restoring asks first, and there is no one to answer here. Add --yes to restore without being asked.</source>
      <translation>Rien n’a été remplacé : la restauration demande d’abord confirmation, et personne ne peut répondre ici. Ajoutez --yes pour restaurer sans confirmation.</translation>
    </message>
    <message>
      <source>Replace {path} with the backup of {date}? [y/N] </source>
      <translation>Remplacer {path} par la sauvegarde du {date} ? [o/N] </translation>
    </message>
    <message>
      <source>Nothing was replaced.</source>
      <translation>Rien n’a été remplacé.</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} Mo</translation>
    </message>
    <message>
      <source>Backup written to {path} ({size}) and checked: it is sound.</source>
      <translation>Sauvegarde écrite dans {path} ({size}) et vérifiée : elle est intacte.</translation>
    </message>
    <message>
      <source>{path} now holds the backup {backup}.</source>
      <translation>{path} contient maintenant la sauvegarde {backup}.</translation>
    </message>
    <message>
      <source>{path} is sound: the quick check found no damage.</source>
      <translation>{path} est intact : la vérification rapide n’a trouvé aucun dommage.</translation>
    </message>
    <message>
      <source>What it held before was backed up to {safety}.</source>
      <translation>Son contenu précédent a été sauvegardé dans {safety}.</translation>
    </message>
    <message>
      <source>The damaged file it held was set aside as {aside}.</source>
      <translation>Le fichier endommagé qu’il contenait a été mis de côté sous le nom {aside}.</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>Daily</source>
      <translation>Quotidienne</translation>
    </message>
    <message>
      <source>When Palier closed</source>
      <translation>À la fermeture de Palier</translation>
    </message>
    <message>
      <source>On request</source>
      <translation>À la demande</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copie</translation>
    </message>
    <message>
      <source>Before an update of Palier</source>
      <translation>Avant une mise à jour de Palier</translation>
    </message>
    <message>
      <source>there is no such file</source>
      <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
      <source>This database lives in memory only; there is no file to back up.</source>
      <translation>Cette base n’existe qu’en mémoire ; il n’y a pas de fichier à sauvegarder.</translation>
    </message>
    <message>
      <source>{path} is not a Palier database.</source>
      <translation>{path} n’est pas une base Palier.</translation>
    </message>
    <message>
      <source>There is no Palier file at {path} to back up.</source>
      <translation>Il n’y a pas de fichier Palier à sauvegarder à l’emplacement {path}.</translation>
    </message>
    <message>
      <source>The second backup folder {folder} cannot be reached (is the USB key plugged in?). The backup was kept on this computer only.</source>
      <translation>Le second dossier de sauvegarde {folder} est inaccessible (la clé USB est-elle branchée ?). La sauvegarde n’a été conservée que sur cet ordinateur.</translation>
    </message>
    <message>
      <source>There is no Palier file at {path}.</source>
      <translation>Il n’y a pas de fichier Palier à l’emplacement {path}.</translation>
    </message>
    <message>
      <source>{backup} cannot be restored: {problem}. Nothing was replaced.</source>
      <translation>{backup} ne peut pas être restaurée : {problem}. Rien n’a été remplacé.</translation>
    </message>
    <message>
      <source>{backup} was made by a newer version of Palier; install that version to restore it. Nothing was replaced.</source>
      <translation>{backup} a été faite par une version plus récente de Palier ; installez cette version pour la restaurer. Rien n’a été remplacé.</translation>
    </message>
    <message>
      <source>{path} is in use (by another copy of Palier, or by this one); close it before restoring a backup. Nothing was replaced.</source>
      <translation>{path} est en cours d’utilisation (par un autre Palier ouvert, ou par celui-ci) ; fermez-le avant de restaurer une sauvegarde. Rien n’a été remplacé.</translation>
    </message>
    <message>
      <source>{target} already exists; Palier does not write over it. Choose another name.</source>
      <translation>{target} existe déjà ; Palier ne l’écrase pas. Choisissez un autre nom.</translation>
    </message>
    <message>
      <source>The copy of {path} to {target} failed ({reason}); nothing was written.</source>
      <translation>La copie de {path} vers {target} a échoué ({reason}) ; rien n’a été écrit.</translation>
    </message>
    <message>
      <source>{backup} could not be restored ({reason}). Nothing was replaced.</source>
      <translation>{backup} n’a pas pu être restaurée ({reason}). Rien n’a été remplacé.</translation>
    </message>
    <message>
      <source>Second backup folder</source>
      <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
      <source>Nothing changed since the last backup.</source>
      <translation>Rien n’a changé depuis la dernière sauvegarde.</translation>
    </message>
    <message>
      <source>Backup made and checked: {name}.</source>
      <translation>Sauvegarde faite et vérifiée : {name}.</translation>
    </message>
    <message>
      <source>Read-only: nothing can be changed</source>
      <translation>Lecture seule : aucune modification possible</translation>
    </message>
    <message>
      <source>{done} {problem}</source>
      <translation>{done} {problem}</translation>
    </message>
    <message>
      <source>The backup failed; your data itself is unchanged. The details are in {path}.</source>
      <translation>La sauvegarde a échoué ; vos données elles-mêmes n’ont pas changé. Les détails sont dans {path}.</translation>
    </message>
    <message>
      <source>{date} at {time}</source>
      <translation>{date} à {time}</translation>
    </message>
    <message>
      <source>Second folder</source>
      <translation>Second dossier</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>Cet ordinateur</translation>
    </message>
    <message>
      <source>Yes, sound</source>
      <translation>Oui, intacte</translation>
    </message>
    <message>
      <source>Not checked</source>
      <translation>Non vérifiée</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Checked</source>
      <translation>Vérifiée</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Choose the second backup folder</source>
      <translation>Choisir le second dossier de sauvegarde</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>Palier backs up your data when it closes and once a day while it runs, if anything changed, and before an update or a restore. It keeps the last 7 days, 4 weeks and 12 months. Each backup is checked as soon as it is written.</source>
      <translation>Palier sauvegarde vos données à sa fermeture et une fois par jour pendant qu’il est ouvert, si quelque chose a changé, ainsi qu’avant une mise à jour ou une restauration. Il conserve les 7 derniers jours, les 4 dernières semaines et les 12 derniers mois. Chaque sauvegarde est vérifiée dès qu’elle est écrite.</translation>
    </message>
    <message>
      <source>&amp;Back up now</source>
      <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>&amp;Restore…</source>
      <translation>&amp;Restaurer…</translation>
    </message>
    <message>
      <source>Restore the chosen backup</source>
      <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
      <source>Choose a &amp;second folder…</source>
      <translation>Choisir un seco&amp;nd dossier…</translation>
    </message>
    <message>
      <source>Choose a second backup folder, such as a USB key</source>
      <translation>Choisir un second dossier de sauvegarde, par exemple une clé USB</translation>
    </message>
    <message>
      <source>&amp;Stop using the second folder</source>
      <translation>Ne &amp;plus utiliser le second dossier</translation>
    </message>
    <message>
      <source>Stop copying backups to the second folder</source>
      <translation>Ne plus copier les sauvegardes dans le second dossier</translation>
    </message>
    <message>
      <source>Backups, newest first</source>
      <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
      <source>Backup in progress</source>
      <translation>Sauvegarde en cours</translation>
    </message>
    <message>
      <source>No backup yet: the first one is made when Palier closes, or now with “Back up now”.</source>
      <translation>Pas encore de sauvegarde : la première est faite à la fermeture de Palier, ou dès maintenant avec « Sauvegarder maintenant ».</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <source>Backups are no longer copied to a second folder.</source>
      <translation>Les sauvegardes ne sont plus copiées dans un second dossier.</translation>
    </message>
    <message>
      <source>No second folder is chosen: a USB key kept elsewhere protects against a lost or broken computer.</source>
      <translation>Aucun second dossier n’est choisi : une clé USB rangée ailleurs protège en cas de perte ou de panne de l’ordinateur.</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>This is already where backups are kept; choose another folder, preferably on a USB key.</source>
      <translation>C’est déjà là que les sauvegardes sont conservées ; choisissez un autre dossier, de préférence sur une clé USB.</translation>
    </message>
    <message>
      <source>Backups are kept in {folder}.</source>
      <translation>Les sauvegardes sont conservées dans {folder}.</translation>
    </message>
    <message>
      <source>Backups will also be copied to {folder}.</source>
      <translation>Les sauvegardes seront aussi copiées dans {folder}.</translation>
    </message>
    <message>
      <source>Each backup is also copied to {folder}.</source>
      <translation>Chaque sauvegarde est aussi copiée dans {folder}.</translation>
    </message>
    <message>
      <source>Palier will put back the backup of {date} in place of what it holds now. What it holds now is backed up first, so this can be undone. The window will close and open again on the restored data.</source>
      <translation>Palier va remettre en place la sauvegarde du {date} à la place de son contenu actuel. Ce contenu est d’abord sauvegardé : l’opération peut donc être annulée. La fenêtre va se fermer puis se rouvrir sur les données restaurées.</translation>
    </message>
    <message>
      <source>Copy the file to this computer?</source>
      <translation>Copier le fichier sur cet ordinateur ?</translation>
    </message>
    <message>
      <source>Copy and open</source>
      <translation>Copier et ouvrir</translation>
    </message>
    <message>
      <source>Put back the last good backup?</source>
      <translation>Remettre en place la dernière bonne sauvegarde ?</translation>
    </message>
    <message>
      <source>The backup {name} was put back.</source>
      <translation>La sauvegarde {name} a été remise en place.</translation>
    </message>
    <message>
      <source>Palier is already open</source>
      <translation>Palier est déjà ouvert</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
      <source>{found} Palier did not write to it and set it aside as {moved}.</source>
      <translation>{found} Palier n’y a rien écrit et l’a mis de côté sous le nom {moved}.</translation>
    </message>
    <message>
      <source>{done} What Palier held before is in the backup {safety}.</source>
      <translation>{done} Le contenu précédent de Palier se trouve dans la sauvegarde {safety}.</translation>
    </message>
    <message>
      <source>{reason} Palier does not open a database there. It can copy it to this computer's disk and open the copy.</source>
      <translation>{reason} Palier n’ouvre pas de base à cet endroit. Il peut la copier sur le disque de cet ordinateur et ouvrir la copie.</translation>
    </message>
    <message>
      <source>{found} The last good backup is from {date}. Put it back and open it?</source>
      <translation>{found} La dernière bonne sauvegarde date du {date}. La remettre en place et l’ouvrir ?</translation>
    </message>
    <message>
      <source>Another copy of Palier is using {path}. Only one can make changes at a time. You can open it read-only here, to look without changing anything.</source>
      <translation>Un autre Palier utilise {path}. Un seul à la fois peut faire des modifications. Vous pouvez l’ouvrir ici en lecture seule, pour consulter sans rien modifier.</translation>
    </message>
    <message>
      <source>{found} No backup of it can be put back.</source>
      <translation>{found} Aucune sauvegarde ne peut être remise en place.</translation>
    </message>
    <message>
      <source>Palier is saving a backup of your data before closing. Please wait a few seconds.</source>
      <translation>Palier enregistre une sauvegarde de vos données avant de se fermer. Patientez quelques secondes.</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <source>unknown damage</source>
      <translation>dommage inconnu</translation>
    </message>
    <message>
      <source>{first}, and other problems</source>
      <translation>{first}, et d’autres problèmes</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <source>it holds no Palier data</source>
      <translation>elle ne contient aucune donnée Palier</translation>
    </message>
    <message>
      <source>it does not hold the same data as the original</source>
      <translation>elle ne contient pas les mêmes données que l’original</translation>
    </message>
    <message>
      <source>it cannot be read ({reason})</source>
      <translation>elle est illisible ({reason})</translation>
    </message>
    <message>
      <source>it could not be written ({reason})</source>
      <translation>elle n’a pas pu être écrite ({reason})</translation>
    </message>
    <message>
      <source>the integrity check failed: {problem}</source>
      <translation>la vérification d’intégrité a échoué : {problem}</translation>
    </message>
    <message>
      <source>the original is damaged: {reason}</source>
      <translation>l’original est endommagé : {reason}</translation>
    </message>
    <message>
      <source>{path} is in the synchronised folder “{folder}”, whose copying can damage a database that is open.</source>
      <translation>{path} se trouve dans le dossier synchronisé « {folder} », dont les copies peuvent endommager une base ouverte.</translation>
    </message>
    <message>
      <source>{path} is on a network share ({kind}), where SQLite cannot lock the file safely and two computers could damage it.</source>
      <translation>{path} se trouve sur un partage réseau ({kind}), où SQLite ne peut pas verrouiller le fichier de façon sûre : deux ordinateurs pourraient l’endommager.</translation>
    </message>
    <message>
      <source>{reason} Palier does not open a database there. Copy it to this computer's disk and use the copy, for example with: {command} --db "{path}" backup "{target}", then {command} --db "{target}"</source>
      <translation>{reason} Palier n’ouvre pas de base à cet endroit. Copiez-la sur le disque de cet ordinateur et utilisez la copie, par exemple avec : {command} --db "{path}" backup "{target}", puis {command} --db "{target}"</translation>
    </message>
    <message>
      <source>No backup of it was found.</source>
      <translation>Aucune sauvegarde de ce fichier n’a été trouvée.</translation>
    </message>
    <message>
      <source>{path} was made by an older version of Palier and must be updated, which cannot be done read-only. Open it normally once.</source>
      <translation>{path} a été créé par une version plus ancienne de Palier et doit être mis à jour, ce qui est impossible en lecture seule. Ouvrez-le une fois normalement.</translation>
    </message>
    <message>
      <source>The file {path} is damaged ({problem}).</source>
      <translation>Le fichier {path} est endommagé ({problem}).</translation>
    </message>
    <message>
      <source>Palier did not write to it; another copy of Palier still has it open.</source>
      <translation>Palier n’y a rien écrit ; un autre Palier l’a encore ouvert.</translation>
    </message>
    <message>
      <source>Another copy of Palier is using {path}, and this version needs to update the file first. Close the other copy, then open it again.</source>
      <translation>Un autre Palier utilise {path}, et cette version doit d’abord mettre le fichier à jour. Fermez l’autre Palier, puis rouvrez le fichier.</translation>
    </message>
    <message>
      <source>Palier did not write to it: it was set aside as {moved}.</source>
      <translation>Palier n’y a rien écrit : il a été mis de côté sous le nom {moved}.</translation>
    </message>
    <message>
      <source>The last good backup is {backup}, made on {date}. To put it back: {command} --db "{path}" restore "{backup}"</source>
      <translation>La dernière bonne sauvegarde est {backup}, faite le {date}. Pour la remettre en place : {command} --db "{path}" restore "{backup}"</translation>
    </message>
    <message>
      <source>{path} is open read-only, so nothing was changed.</source>
      <translation>{path} est ouvert en lecture seule : rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Another copy of Palier is using {path}, so this one opened it read-only: nothing was changed. Close the other copy, then open Palier again to make changes.</source>
      <translation>Un autre Palier utilise {path} ; celui-ci l’a donc ouvert en lecture seule et rien n’a été modifié. Fermez l’autre Palier, puis rouvrez Palier pour faire des modifications.</translation>
    </message>
    <message>
      <source>The disk is full, so this change was not saved and nothing was changed. Free some space on the disk holding {path}, then try again.</source>
      <translation>Le disque est plein : cette modification n’a pas été enregistrée et rien n’a changé. Libérez de la place sur le disque qui contient {path}, puis réessayez.</translation>
    </message>
    <message>
      <source>The disk holding {path} could not be read or written ({reason}); this change was not saved. Check the disk, then try again.</source>
      <translation>Le disque qui contient {path} n’a pas pu être lu ou écrit ({reason}) ; cette modification n’a pas été enregistrée. Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
      <source>The file {path} turned out to be damaged ({reason}); this change was not saved. Close Palier: when it opens again it checks the file and offers your last good backup.</source>
      <translation>Le fichier {path} s’est révélé endommagé ({reason}) ; cette modification n’a pas été enregistrée. Fermez Palier : à sa réouverture, il vérifiera le fichier et vous proposera votre dernière bonne sauvegarde.</translation>
    </message>
    <message>
      <source>%Y-%m-%d at %H:%M</source>
      <translation>%d/%m/%Y à %H:%M</translation>
    </message>
    <message>
      <source>The backup of {path} in {folder} failed ({reason}); it was not kept. Your data itself is unchanged.</source>
      <translation>La sauvegarde de {path} dans {folder} a échoué ({reason}) ; elle n’a pas été conservée. Vos données elles-mêmes n’ont pas changé.</translation>
    </message>
  </context>
</TS>