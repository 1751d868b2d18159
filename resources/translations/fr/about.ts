<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>About</name>
    <message>
      <source>About Palier</source>
      <translation>À propos de Palier</translation>
    </message>
    <message>
      <source>Palier's icon</source>
      <translation>Icône de Palier</translation>
    </message>
    <message>
      <source>Palier, version {version}</source>
      <translation>Palier, version {version}</translation>
    </message>
    <message>
      <source>Palier is built with free software. Qt is used under the GNU LGPL version 3; each piece below keeps its own licence.</source>
      <translation>Palier est construit avec des logiciels libres. Qt est utilisé sous la licence GNU LGPL version 3 ; chacun des éléments ci-dessous garde sa propre licence.</translation>
    </message>
    <message>
      <source>Licences of the software Palier is built with</source>
      <translation>Licences des logiciels avec lesquels Palier est construit</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>The list of licences ({path}) is missing from this copy of Palier.</source>
      <translation>La liste des licences ({path}) manque dans cet exemplaire de Palier.</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>Open it with: {command} --db {path}</source>
      <translation>Pour l'ouvrir : {command} --db {path}</translation>
    </message>
  </context>
</TS>
