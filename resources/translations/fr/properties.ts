<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CsvFile</name>
    <message>
      <source>UTF-16 (Unicode text)</source>
      <translation>UTF-16 (texte Unicode)</translation>
    </message>
    <message>
      <source>Line {line} of “{name}”: the quotation mark (") opening the cell in column “{column}” is never closed, so the rest of the file would be read as that one cell. Close it or remove it, then import the file again.</source>
      <translation>Ligne {line} de « {name} » : le guillemet (") qui ouvre la cellule de la colonne « {column} » n'est jamais fermé ; toute la suite du fichier serait lue comme cette seule cellule. Fermez-le ou supprimez-le, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
      <source>Line {line} of “{name}”: the quotation mark (") opening cell {number} is never closed, so the rest of the file would be read as that one cell. Close it or remove it, then import the file again.</source>
      <translation>Ligne {line} de « {name} » : le guillemet (") qui ouvre la cellule n° {number} n'est jamais fermé ; toute la suite du fichier serait lue comme cette seule cellule. Fermez-le ou supprimez-le, puis importez à nouveau le fichier.</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <source>the row has filled cells after the last column “{column}” ({count} too many; a value holding a {delimiter} must be put in quotes)</source>
      <translation>la ligne a des cellules remplies après la dernière colonne « {column} » ({count} de trop ; une valeur qui contient le séparateur {delimiter} doit être mise entre guillemets)</translation>
    </message>
    <message>
      <source>the text in column “{column}” is too long ({count} characters, at most {limit})</source>
      <translation>le texte de la colonne « {column} » est trop long ({count} caractères, {limit} au maximum)</translation>
    </message>
    <message>
      <source>the due date in column “{column}” comes before the date the complaint was opened</source>
      <translation>l'échéance de la colonne « {column} » tombe avant la date d'ouverture de la réclamation</translation>
    </message>
  </context>
</TS>
