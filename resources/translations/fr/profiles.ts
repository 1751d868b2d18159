<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ProfileCommands</name>
    <message>
      <source>the profiles that ask who is working on a shared computer</source>
      <translation>les profils qui demandent qui travaille sur un ordinateur partagé</translation>
    </message>
    <message>
      <source>Once a profile exists, the window asks who you are and your password when it opens, and locks itself when nobody uses it. Profiles stop a passer-by; they do not encrypt the database. Passwords come from PALIER_PASSWORD, or are asked twice.</source>
      <translation>Dès qu’un profil existe, la fenêtre demande qui vous êtes et votre mot de passe à l’ouverture, et se verrouille quand personne ne s’en sert. Les profils arrêtent un passant ; ils ne chiffrent pas la base de données. Les mots de passe viennent de PALIER_PASSWORD, ou sont demandés deux fois.</translation>
    </message>
    <message>
      <source>list the profiles</source>
      <translation>lister les profils</translation>
    </message>
    <message>
      <source>create a profile (its password is asked twice)</source>
      <translation>créer un profil (son mot de passe est demandé deux fois)</translation>
    </message>
    <message>
      <source>the name written in histories and the audit log</source>
      <translation>le nom inscrit dans les historiques et le journal des opérations</translation>
    </message>
    <message>
      <source>delete a profile (histories keep its name)</source>
      <translation>supprimer un profil (les historiques gardent son nom)</translation>
    </message>
    <message>
      <source>the profile's name</source>
      <translation>le nom du profil</translation>
    </message>
    <message>
      <source>give a profile a new password, without the old one</source>
      <translation>donner un nouveau mot de passe à un profil, sans l’ancien</translation>
    </message>
    <message>
      <source>Give a profile a new password without asking for the old one: whoever holds the database file can already read everything in it, so the command line does not pretend to protect it. The audit log says the password was reset.</source>
      <translation>Donne un nouveau mot de passe à un profil sans demander l’ancien : qui détient le fichier de la base de données peut déjà tout y lire, la ligne de commande ne prétend donc pas le protéger. Le journal des opérations indique que le mot de passe a été réinitialisé.</translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>Le même mot de passe, une seconde fois : </translation>
    </message>
    <message>
      <source>No profile: Palier opens without asking who you are (see: profile create).</source>
      <translation>Aucun profil : Palier s’ouvre sans demander qui vous êtes (voir : profile create).</translation>
    </message>
    <message>
      <source>No profile is left: Palier opens without asking who you are.</source>
      <translation>Il ne reste aucun profil : Palier s’ouvre sans demander qui vous êtes.</translation>
    </message>
    <message>
      <source>Nothing was changed: deleting a profile asks first, and there is no one to answer here. Add --yes to do it without being asked.</source>
      <translation>Rien n’a été modifié : supprimer un profil demande d’abord confirmation, et personne ne peut répondre ici. Ajoutez --yes pour le faire sans question.</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Nouveau mot de passe pour {name} : </translation>
    </message>
    <message>
      <source>Created the profile {name}. Palier will ask who you are when it opens.</source>
      <translation>Profil {name} créé. Palier demandera qui vous êtes à l’ouverture.</translation>
    </message>
    <message>
      <source>Deleted the profile {name}.</source>
      <translation>Profil {name} supprimé.</translation>
    </message>
    <message>
      <source>The password of {name} was changed.</source>
      <translation>Le mot de passe de {name} a été changé.</translation>
    </message>
    <message>
      <source>No password for {name}: run this in a terminal, or set PALIER_PASSWORD; nothing was changed.</source>
      <translation>Pas de mot de passe pour {name} : lancez la commande dans un terminal, ou définissez PALIER_PASSWORD ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Delete the profile {name}? [y/N] </source>
      <translation>Supprimer le profil {name} ? [o/N] </translation>
    </message>
  </context>
  <context>
    <name>Profiles</name>
    <message>
      <source>password of {name} reset</source>
      <translation>mot de passe de {name} réinitialisé</translation>
    </message>
    <message>
      <source>password of {name} changed</source>
      <translation>mot de passe de {name} changé</translation>
    </message>
    <message>
      <source>A profile needs a name.</source>
      <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
      <source>The two passwords are not the same: type the same password twice.</source>
      <translation>Les deux mots de passe ne sont pas identiques : tapez deux fois le même.</translation>
    </message>
    <message>
      <source>The current password is not right, so it was not changed.</source>
      <translation>Le mot de passe actuel n’est pas le bon : il n’a donc pas été changé.</translation>
    </message>
    <message>
      <source>This is not the password of {name}. Type it again (capital letters count).</source>
      <translation>Ce n’est pas le mot de passe de {name}. Tapez-le à nouveau (les majuscules comptent).</translation>
    </message>
    <message>
      <source>A profile name has at most {count} characters.</source>
      <translation>Le nom d’un profil compte au plus {count} caractères.</translation>
    </message>
    <message>
      <source>A password needs at least {count} characters.</source>
      <translation>Un mot de passe doit compter au moins {count} caractères.</translation>
    </message>
    <message>
      <source>There is no profile called “{name}”.</source>
      <translation>Il n’y a pas de profil nommé « {name} ».</translation>
    </message>
    <message>
      <source>The lock delay must be between 0 (never) and {most} minutes, not {minutes}.</source>
      <translation>Le délai de verrouillage doit être compris entre 0 (jamais) et {most} minutes, et non {minutes}.</translation>
    </message>
    <message>
      <source>There is already a profile called “{name}”.</source>
      <translation>Il existe déjà un profil nommé « {name} ».</translation>
    </message>
    <message>
      <source>There is no profile number {id}.</source>
      <translation>Il n’y a pas de profil numéro {id}.</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>Profiles and lock</source>
      <translation>Profils et verrouillage</translation>
    </message>
    <message>
      <source>Profiles</source>
      <translation>Profils</translation>
    </message>
    <message>
      <source>No profile yet: Palier opens without asking who you are.</source>
      <translation>Aucun profil pour l’instant : Palier s’ouvre sans demander qui vous êtes.</translation>
    </message>
    <message>
      <source>What was just done</source>
      <translation>Ce qui vient d’être fait</translation>
    </message>
    <message>
      <source>&amp;New profile…</source>
      <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
      <source>Change the &amp;password…</source>
      <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <source>Lock Palier when nobody has used it for</source>
      <translation>Verrouiller Palier quand personne ne s’en est servi depuis</translation>
    </message>
    <message>
      <source>P&amp;rofiles:</source>
      <translation>P&amp;rofils :</translation>
    </message>
    <message>
      <source>&amp;Lock when unused:</source>
      <translation>&amp;Verrouiller sans activité :</translation>
    </message>
    <message>
      <source>Close the profiles</source>
      <translation>Fermer les profils</translation>
    </message>
    <message>
      <source>After {minutes} minutes</source>
      <translation>Après {minutes} minutes</translation>
    </message>
    <message>
      <source>Create a profile</source>
      <translation>Créer un profil</translation>
    </message>
    <message>
      <source>Change the password of the chosen profile</source>
      <translation>Changer le mot de passe du profil choisi</translation>
    </message>
    <message>
      <source>Delete the chosen profile</source>
      <translation>Supprimer le profil choisi</translation>
    </message>
    <message>
      <source>With profiles, Palier asks who you are and your password when it opens, writes your name in the history of every change, and locks itself when nobody uses it.</source>
      <translation>Avec des profils, Palier demande qui vous êtes et votre mot de passe à l’ouverture, inscrit votre nom dans l’historique de chaque modification, et se verrouille quand personne ne s’en sert.</translation>
    </message>
    <message>
      <source>Profiles stop a passer-by at a shared computer; they do not encrypt the database file.</source>
      <translation>Les profils arrêtent un passant sur un ordinateur partagé ; ils ne chiffrent pas le fichier de la base de données.</translation>
    </message>
    <message>
      <source>Delete the profile {name}? The history keeps the name it wrote.</source>
      <translation>Supprimer le profil {name} ? L’historique garde le nom qu’il a inscrit.</translation>
    </message>
    <message>
      <source>Delete the profile?</source>
      <translation>Supprimer le profil ?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>{question} It is the last profile: Palier will then open without asking who you are, and will not lock itself.</source>
      <translation>{question} C’est le dernier profil : Palier s’ouvrira ensuite sans demander qui vous êtes, et ne se verrouillera plus.</translation>
    </message>
    <message>
      <source>Profile {name} deleted.</source>
      <translation>Profil {name} supprimé.</translation>
    </message>
    <message>
      <source>Profile {name} created.</source>
      <translation>Profil {name} créé.</translation>
    </message>
    <message>
      <source>Why it was not done</source>
      <translation>Pourquoi ce n’a pas été fait</translation>
    </message>
    <message>
      <source>New profile</source>
      <translation>Nouveau profil</translation>
    </message>
    <message>
      <source>The name is written in the history of every change made with this profile. The password needs at least 8 characters; a short sentence is easier to remember.</source>
      <translation>Le nom est inscrit dans l’historique de chaque modification faite avec ce profil. Le mot de passe doit compter au moins 8 caractères ; une courte phrase se retient plus facilement.</translation>
    </message>
    <message>
      <source>&amp;Create the profile</source>
      <translation>&amp;Créer le profil</translation>
    </message>
    <message>
      <source>Name of the new profile</source>
      <translation>Nom du nouveau profil</translation>
    </message>
    <message>
      <source>Password of the new profile</source>
      <translation>Mot de passe du nouveau profil</translation>
    </message>
    <message>
      <source>The same password again</source>
      <translation>Le même mot de passe, une seconde fois</translation>
    </message>
    <message>
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <source>&amp;Change the password</source>
      <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
      <source>Current password</source>
      <translation>Mot de passe actuel</translation>
    </message>
    <message>
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <source>The new password again</source>
      <translation>Le nouveau mot de passe, une seconde fois</translation>
    </message>
    <message>
      <source>C&amp;urrent password:</source>
      <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
      <source>&amp;New password:</source>
      <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
      <source>Password of {name}</source>
      <translation>Mot de passe de {name}</translation>
    </message>
    <message>
      <source>Type the current password of {name}, then the new one twice (at least 8 characters).</source>
      <translation>Tapez le mot de passe actuel de {name}, puis le nouveau deux fois (au moins 8 caractères).</translation>
    </message>
    <message>
      <source>Palier is locked</source>
      <translation>Palier est verrouillé</translation>
    </message>
    <message>
      <source>Nothing is shown while Palier is locked. Type your password to go on where you left off, or choose your own name if you are someone else.</source>
      <translation>Rien n’est affiché tant que Palier est verrouillé. Tapez votre mot de passe pour reprendre là où vous en étiez, ou choisissez votre nom si vous êtes quelqu’un d’autre.</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>Unlock Palier</source>
      <translation>Déverrouiller Palier</translation>
    </message>
    <message>
      <source>&amp;Lock now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <source>Who is working</source>
      <translation>Qui travaille</translation>
    </message>
    <message>
      <source>Hide everything until your password is typed again ({keys})</source>
      <translation>Tout masquer jusqu’à ce que votre mot de passe soit tapé de nouveau ({keys})</translation>
    </message>
    <message>
      <source>Working as {name}</source>
      <translation>Profil en cours : {name}</translation>
    </message>
    <message>
      <source>Unlocked: {name} is working.</source>
      <translation>Palier déverrouillé pour {name}.</translation>
    </message>
    <message>
      <source>Profiles: choose your name</source>
      <translation>Profils : choisissez votre nom</translation>
    </message>
    <message>
      <source>Your password</source>
      <translation>Votre mot de passe</translation>
    </message>
    <message>
      <source>Why the password was refused</source>
      <translation>Pourquoi le mot de passe a été refusé</translation>
    </message>
    <message>
      <source>Palier – who are you?</source>
      <translation>Palier – qui êtes-vous ?</translation>
    </message>
    <message>
      <source>&amp;Open Palier</source>
      <translation>&amp;Ouvrir Palier</translation>
    </message>
    <message>
      <source>Open Palier with this profile</source>
      <translation>Ouvrir Palier avec ce profil</translation>
    </message>
    <message>
      <source>Quit Palier</source>
      <translation>Quitter Palier</translation>
    </message>
    <message>
      <source>Choose your name in the list first.</source>
      <translation>Choisissez d’abord votre nom dans la liste.</translation>
    </message>
    <message>
      <source>Type your password, then press Enter.</source>
      <translation>Tapez votre mot de passe, puis appuyez sur Entrée.</translation>
    </message>
    <message>
      <source>Who are you?</source>
      <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
      <source>Palier is shared on this computer: choose your name and type your password.</source>
      <translation>Palier est partagé sur cet ordinateur : choisissez votre nom et tapez votre mot de passe.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>&amp;Profiles and lock…</source>
      <translation>&amp;Profils et verrouillage…</translation>
    </message>
    <message>
      <source>Profiles with a password, and the automatic lock</source>
      <translation>Profils avec mot de passe, et verrouillage automatique</translation>
    </message>
    <message>
      <source>Shared computer:</source>
      <translation>Ordinateur partagé :</translation>
    </message>
    <message>
      <source>The name of the profile you signed in with</source>
      <translation>Le nom du profil avec lequel vous avez ouvert Palier</translation>
    </message>
  </context>
</TS>