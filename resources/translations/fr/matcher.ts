<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Reports</name>
    <message>
      <source>Posting version: nothing was removed and nothing is suspected.</source>
      <translation>Version à afficher : rien n’a été retiré et rien n’est douteux.</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>confirmée</translation>
    </message>
    <message>
      <source>not yet confirmed</source>
      <translation>pas encore confirmée</translation>
    </message>
    <message>
      <source>Posting version: {count} sentence(s) changed or to check. Read them before posting (the window lets you reword them):</source>
      <translation>Version à afficher : {count} phrase(s) modifiée(s) ou à vérifier. Relisez-les avant l’affichage (la fenêtre permet de les reformuler) :</translation>
    </message>
    <message>
      <source>Suspected, left as written: {words}</source>
      <translation>Douteux, laissé tel quel : {words}</translation>
    </message>
  </context>
  <context>
    <name>PrivacyCommands</name>
    <message>
      <source>also remove what was purged from the backups made before</source>
      <translation>retirer aussi des sauvegardes faites avant ce qui a été anonymisé</translation>
    </message>
    <message>
      <source>also remove the name from the backups made before</source>
      <translation>retirer aussi le nom des sauvegardes faites avant</translation>
    </message>
    <message>
      <source>{count} backup(s) rewritten: they no longer hold purged or forgotten data.</source>
      <translation>{count} sauvegarde(s) réécrite(s) : elles ne contiennent plus les données anonymisées ou oubliées.</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>[another home]</source>
      <translation>[autre logement]</translation>
    </message>
    <message>
      <source>No data was purged or forgotten yet.</source>
      <translation>Aucune donnée n’a encore été anonymisée ni oubliée.</translation>
    </message>
    <message>
      <source>No backup holds purged or forgotten data.</source>
      <translation>Aucune sauvegarde ne contient de données anonymisées ou oubliées.</translation>
    </message>
    <message>
      <source>{count} backup(s) made before {date} still hold purged or forgotten data. The rotation drops the last of them by {expires} at the latest; you can rewrite them now.</source>
      <translation>{count} sauvegarde(s) faite(s) avant le {date} contiennent encore des données anonymisées ou oubliées. La rotation supprime la dernière d’entre elles au plus tard le {expires} ; vous pouvez les réécrire maintenant.</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
    <message>
      <source>{count} of them were made before an update or a restore and are kept until three newer ones exist.</source>
      <translation>{count} d’entre elles ont été faites avant une mise à jour ou une restauration et sont gardées jusqu’à ce que trois plus récentes existent.</translation>
    </message>
    <message>
      <source>These backups could not be rewritten and were left as they were: {names}.</source>
      <translation>Ces sauvegardes n’ont pas pu être réécrites et sont restées telles quelles : {names}.</translation>
    </message>
    <message>
      <source>Rewriting the backup of {date}…</source>
      <translation>Réécriture de la sauvegarde du {date}…</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>The public wording of the posting version is confirmed.</source>
      <translation>Le texte public de la version à afficher est confirmé.</translation>
    </message>
  </context>
  <context>
    <name>PublicWording</name>
    <message>
      <source>Check the public wording</source>
      <translation>Vérifier le texte public</translation>
    </message>
    <message>
      <source>&amp;Confirm the public wording</source>
      <translation>&amp;Confirmer le texte public</translation>
    </message>
    <message>
      <source>Confirm the public wording</source>
      <translation>Confirmer le texte public</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>The posting version is put up in the entrance hall. In these {count} sentence(s) a name or a home was removed, or a word looks like a name. Read each one, reword it if needed, then confirm.</source>
      <translation>La version à afficher est mise dans le hall d’entrée. Dans ces {count} phrase(s), un nom ou un logement a été retiré, ou un mot ressemble à un nom. Relisez chacune, reformulez-la si besoin, puis confirmez.</translation>
    </message>
    <message>
      <source>Already confirmed.</source>
      <translation>Déjà confirmée.</translation>
    </message>
    <message>
      <source>Public text of sentence {number}</source>
      <translation>Texte public de la phrase {number}</translation>
    </message>
    <message>
      <source>Proposed: {text}</source>
      <translation>Proposé : {text}</translation>
    </message>
    <message>
      <source>Looks like a name, left as written: {words}</source>
      <translation>Ressemble à un nom, laissé tel quel : {words}</translation>
    </message>
    <message>
      <source>Sentence {number}, in {where}</source>
      <translation>Phrase {number}, dans {where}</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <source>Neighbourhood disturbance</source>
      <translation>Trouble de voisinage</translation>
    </message>
    <message>
      <source>Complaints are filed under these categories. A category that no complaint uses can be removed. In a neighbourhood disturbance, the version of the minutes for posting gives no home number nor floor.</source>
      <translation>Les réclamations sont classées dans ces catégories. Une catégorie qu’aucune réclamation n’utilise peut être supprimée. Pour un trouble de voisinage, la version du compte rendu à afficher ne donne ni numéro de logement ni étage.</translation>
    </message>
    <message>
      <source>The selected category is a neighbourhood &amp;disturbance (no home number is posted)</source>
      <translation>La catégorie choisie est un &amp;trouble de voisinage (aucun numéro de logement n’est affiché)</translation>
    </message>
    <message>
      <source>The selected category is a neighbourhood disturbance</source>
      <translation>La catégorie choisie est un trouble de voisinage</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>“{name}” is a neighbourhood disturbance: its home numbers are not posted.</source>
      <translation>« {name} » est un trouble de voisinage : ses numéros de logement ne sont pas affichés.</translation>
    </message>
    <message>
      <source>“{name}” is no longer a neighbourhood disturbance.</source>
      <translation>« {name} » n’est plus un trouble de voisinage.</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>&amp;Rewrite the backups…</source>
      <translation>&amp;Réécrire les sauvegardes…</translation>
    </message>
    <message>
      <source>Remove purged and forgotten data from the backups too</source>
      <translation>Retirer aussi des sauvegardes les données anonymisées et oubliées</translation>
    </message>
    <message>
      <source>Rewriting the backups</source>
      <translation>Réécriture des sauvegardes</translation>
    </message>
    <message>
      <source>This database has no backup folder.</source>
      <translation>Cette base n’a pas de dossier de sauvegardes.</translation>
    </message>
    <message>
      <source>Rewrite the backups?</source>
      <translation>Réécrire les sauvegardes ?</translation>
    </message>
    <message>
      <source>Rewrite</source>
      <translation>Réécrire</translation>
    </message>
    <message>
      <source>Palier will remove the purged and forgotten data from {count} backup(s) too. Each one is checked again afterwards.</source>
      <translation>Palier va retirer aussi les données anonymisées et oubliées de {count} sauvegarde(s). Chacune est vérifiée à nouveau ensuite.</translation>
    </message>
    <message>
      <source>{count} backup(s) rewritten: they no longer hold purged or forgotten data.</source>
      <translation>{count} sauvegarde(s) réécrite(s) : elles ne contiennent plus les données anonymisées ou oubliées.</translation>
    </message>
  </context>
</TS>
