<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ThreadView</name>
    <message>
      <source>{date} — {kind}</source>
      <translation>{date} — {kind}</translation>
    </message>
    <message>
      <source>&amp;Building:</source>
      <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
      <source>Building to follow</source>
      <translation>Bâtiment à suivre</translation>
    </message>
    <message>
      <source>&amp;Entrance:</source>
      <translation>&amp;Entrée :</translation>
    </message>
    <message>
      <source>Entrance to follow</source>
      <translation>Entrée à suivre</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <source>Category to follow</source>
      <translation>Catégorie à suivre</translation>
    </message>
    <message>
      <source>&amp;Words:</source>
      <translation>&amp;Mots :</translation>
    </message>
    <message>
      <source>Words to follow</source>
      <translation>Mots à suivre</translation>
    </message>
    <message>
      <source>for example: lift, leak, intercom</source>
      <translation>par exemple : ascenseur, fuite, interphone</translation>
    </message>
    <message>
      <source>S&amp;ince:</source>
      <translation>&amp;Depuis le :</translation>
    </message>
    <message>
      <source>Only since a date</source>
      <translation>Seulement depuis une date</translation>
    </message>
    <message>
      <source>Since this date</source>
      <translation>Depuis cette date</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Afficher</translation>
    </message>
    <message>
      <source>Show the thread of this topic</source>
      <translation>Afficher le fil de ce sujet</translation>
    </message>
    <message>
      <source>C&amp;opy as text</source>
      <translation>C&amp;opier en texte</translation>
    </message>
    <message>
      <source>Copy the thread as text, to paste into a letter</source>
      <translation>Copier le fil en texte, pour le coller dans un courrier</translation>
    </message>
    <message>
      <source>Searching</source>
      <translation>Recherche en cours</translation>
    </message>
    <message>
      <source>The thread, oldest first</source>
      <translation>Le fil, du plus ancien au plus récent</translation>
    </message>
    <message>
      <source>Any building</source>
      <translation>Tous les bâtiments</translation>
    </message>
    <message>
      <source>Any entrance</source>
      <translation>Toutes les entrées</translation>
    </message>
    <message>
      <source>Any category</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Recherche en cours…</translation>
    </message>
    <message>
      <source>Nothing was found about this topic.</source>
      <translation>Rien n'a été trouvé sur ce sujet.</translation>
    </message>
    <message>
      <source>The thread is in the clipboard: paste it into a letter or an email.</source>
      <translation>Le fil est dans le presse-papiers : collez-le dans un courrier ou un courriel.</translation>
    </message>
    <message>
      <source>Choose a building, an entrance, a category or words, then press Show.</source>
      <translation>Choisissez un bâtiment, une entrée, une catégorie ou des mots, puis appuyez sur Afficher.</translation>
    </message>
    <message>
      <source>{count} events since {start}</source>
      <translation>{count} événements depuis {start}</translation>
    </message>
    <message>
      <source>1 event since {start}</source>
      <translation>1 événement depuis {start}</translation>
    </message>
    <message>
      <source>“{words}”</source>
      <translation>« {words} »</translation>
    </message>
    <message>
      <source>since {date}</source>
      <translation>depuis {date}</translation>
    </message>
    <message>
      <source>The thread could not be read: {error}</source>
      <translation>Le fil n'a pas pu être lu : {error}</translation>
    </message>
  </context>
</TS>
