<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>PrivacyCommands</name>
    <message>
      <source>anonymise old finished complaints and liaison forms</source>
      <translation>anonymiser les réclamations terminées et les fiches de liaison anciennes</translation>
    </message>
    <message>
      <source>Anonymise the finished complaints and the liaison forms older than the retention (5 years unless changed): reporters and names are removed, photos deleted. Signed minutes are not changed.</source>
      <translation>Anonymiser les réclamations terminées et les fiches de liaison plus anciennes que la durée de conservation (5 ans sauf réglage) : les déclarants et les noms sont retirés, les photos supprimées. Les comptes rendus signés ne sont pas modifiés.</translation>
    </message>
    <message>
      <source>the retention in years (default: the one set in the database)</source>
      <translation>la durée de conservation en années (par défaut : celle réglée dans la base)</translation>
    </message>
    <message>
      <source>only say what would be done</source>
      <translation>dire seulement ce qui serait fait</translation>
    </message>
    <message>
      <source>a person's access request, or forgetting a person</source>
      <translation>demande d'accès d'une personne, ou effacement d'une personne</translation>
    </message>
    <message>
      <source>write everything held about a person (JSON and PDF)</source>
      <translation>écrire tout ce qui est conservé sur une personne (JSON et PDF)</translation>
    </message>
    <message>
      <source>the person's number</source>
      <translation>le numéro de la personne</translation>
    </message>
    <message>
      <source>the folder to write the files in</source>
      <translation>le dossier où écrire les fichiers</translation>
    </message>
    <message>
      <source>replace a person's name everywhere except in signed minutes</source>
      <translation>remplacer le nom d'une personne partout, sauf dans les comptes rendus signés</translation>
    </message>
    <message>
      <source>do not ask first</source>
      <translation>ne pas demander avant</translation>
    </message>
    <message>
      <source>show the latest lines of the audit log</source>
      <translation>afficher les dernières lignes du journal des opérations</translation>
    </message>
    <message>
      <source>how many lines (default 20)</source>
      <translation>combien de lignes (20 par défaut)</translation>
    </message>
    <message>
      <source>Nothing was changed: forgetting a person asks first, and there is no one to answer here. Add --yes to do it without being asked.</source>
      <translation>Rien n'a été modifié : effacer une personne demande une confirmation, et personne ne peut répondre ici. Ajoutez --yes pour le faire sans confirmation.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The audit log is empty.</source>
      <translation>Le journal des opérations est vide.</translation>
    </message>
    <message>
      <source>Everything held about person {id} was written to {json} and {pdf}.</source>
      <translation>Tout ce qui est conservé sur la personne {id} a été écrit dans {json} et {pdf}.</translation>
    </message>
    <message>
      <source>{name} is forgotten: their name was replaced in {count} record(s) by “{new}”. Signed minutes keep it.</source>
      <translation>{name} est effacé(e) : son nom a été remplacé dans {count} enregistrement(s) par « {new} ». Les comptes rendus signés le conservent.</translation>
    </message>
    <message>
      <source>--older-than needs a number of years above 0, not {years}.</source>
      <translation>--older-than attend un nombre d'années supérieur à 0, pas {years}.</translation>
    </message>
    <message>
      <source>Replace the name of {name} everywhere except in signed minutes? This cannot be undone. [y/N] </source>
      <translation>Remplacer le nom de {name} partout, sauf dans les comptes rendus signés ? Cela ne peut pas être annulé. [o/N] </translation>
    </message>
    <message>
      <source>{at}  {profile}  {action}  {what}  {detail}</source>
      <translation>{at}  {profile}  {action}  {what}  {detail}</translation>
    </message>
    <message>
      <source>show or change the retention (in years)</source>
      <translation>afficher ou changer la durée de conservation (en années)</translation>
    </message>
    <message>
      <source>the new retention, from 1 to 30 years</source>
      <translation>la nouvelle durée de conservation, de 1 à 30 ans</translation>
    </message>
    <message>
      <source>Finished complaints and liaison forms are anonymised {years} year(s) after their last change.</source>
      <translation>Les réclamations terminées et les fiches de liaison sont anonymisées {years} an(s) après leur dernière modification.</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <source>created</source>
      <translation>créé</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>exported</source>
      <translation>exporté</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>imprimé</translation>
    </message>
    <message>
      <source>purged</source>
      <translation>anonymisé</translation>
    </message>
    <message>
      <source>forgotten</source>
      <translation>effacé</translation>
    </message>
    <message>
      <source>access request</source>
      <translation>demande d'accès</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
  </context>
  <context>
    <name>Privacy</name>
    <message>
      <source>Everything held about {name}</source>
      <translation>Tout ce qui est conservé sur {name}</translation>
    </message>
    <message>
      <source>Written on {date}.</source>
      <translation>Établi le {date}.</translation>
    </message>
    <message>
      <source>Complaints reported ({count})</source>
      <translation>Réclamations signalées ({count})</translation>
    </message>
    <message>
      <source>Liaison forms ({count})</source>
      <translation>Fiches de liaison ({count})</translation>
    </message>
    <message>
      <source>Meetings ({count})</source>
      <translation>Réunions ({count})</translation>
    </message>
    <message>
      <source>No. {id}, {date}: {title} ({status})</source>
      <translation>N° {id}, {date} : {title} ({status})</translation>
    </message>
    <message>
      <source>{date}: {question}</source>
      <translation>{date} : {question}</translation>
    </message>
    <message>
      <source>{date}: {presence}</source>
      <translation>{date} : {presence}</translation>
    </message>
    <message>
      <source>{what} (due {due})</source>
      <translation>{what} (échéance : {due})</translation>
    </message>
    <message>
      <source>Access request</source>
      <translation>Demande d'accès</translation>
    </message>
    <message>
      <source>The files could not be written in {folder}: {reason}.</source>
      <translation>Les fichiers n'ont pas pu être écrits dans {folder} : {reason}.</translation>
    </message>
    <message>
      <source>(text removed: it named a person)</source>
      <translation>(texte retiré : il nommait une personne)</translation>
    </message>
    <message>
      <source>[another person]</source>
      <translation>[une autre personne]</translation>
    </message>
    <message>
      <source>{complaints} complaint(s) and {forms} liaison form(s) older than {date} anonymised; {photos} photo(s) and {texts} text(s) naming someone removed.</source>
      <translation>{complaints} réclamation(s) et {forms} fiche(s) de liaison antérieures au {date} anonymisées ; {photos} photo(s) et {texts} texte(s) nommant une personne retirés.</translation>
    </message>
    <message>
      <source>Dry run, nothing changed: {complaints} complaint(s) and {forms} liaison form(s) older than {date} would be anonymised, and {photos} photo(s) removed.</source>
      <translation>Simulation, rien n'a été modifié : {complaints} réclamation(s) et {forms} fiche(s) de liaison antérieures au {date} seraient anonymisées, et {photos} photo(s) supprimée(s).</translation>
    </message>
    <message>
      <source>Former tenant #{id}</source>
      <translation>Ancien locataire n°{id}</translation>
    </message>
    <message>
      <source>Nothing to anonymise: no finished complaint or liaison form is older than {date}.</source>
      <translation>Rien à anonymiser : aucune réclamation terminée ni fiche de liaison n'est antérieure au {date}.</translation>
    </message>
    <message>
      <source>Name replaced in {count} record(s); signed minutes keep it.</source>
      <translation>Nom remplacé dans {count} enregistrement(s) ; les comptes rendus signés le conservent.</translation>
    </message>
    <message>
      <source>The retention must be between 1 and 30 years, not {years}.</source>
      <translation>La durée de conservation doit être comprise entre 1 et 30 ans, pas {years}.</translation>
    </message>
    <message>
      <source>Complaints reported by others that name this person ({count})</source>
      <translation>Réclamations signalées par d'autres qui nomment cette personne ({count})</translation>
    </message>
    <message>
      <source>No. {id}, {date}: {title}</source>
      <translation>N° {id}, {date} : {title}</translation>
    </message>
  </context>
</TS>