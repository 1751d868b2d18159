<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Safety</name>
    <message>
      <source>The file {path} is damaged ({problem}): Palier did not write to it, so this change was not saved. Close Palier and open it again: it offers your last good backup.</source>
      <translation>Le fichier {path} est endommagé ({problem}) : Palier n’y a rien écrit, cette modification n’a donc pas été enregistrée. Fermez Palier et ouvrez-le de nouveau : il vous propose votre dernière sauvegarde saine.</translation>
    </message>
  </context>
</TS>
