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
  </context>
</TS>
