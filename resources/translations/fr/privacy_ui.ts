<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>MainWindow</name>
    <message>
      <source>Privacy</source>
      <translation>Données personnelles</translation>
    </message>
  </context>
  <context>
    <name>FactualWarning</name>
    <message>
      <source>”, “</source>
      <translation> », « </translation>
    </message>
    <message>
      <source>This text mentions “{words}”: keep to facts; no health information, judgement about a person or accusation of an offence.</source>
      <translation>Ce texte mentionne « {words} » : restez factuel ; pas d’information de santé, de jugement sur une personne ni d’accusation d’infraction.</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Person {id}</source>
      <translation>Personne {id}</translation>
    </message>
    <message>
      <source>Meeting {id}</source>
      <translation>Réunion {id}</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Durée de conservation</translation>
    </message>
    <message>
      <source>A person</source>
      <translation>Une personne</translation>
    </message>
    <message>
      <source>A complaint</source>
      <translation>Une réclamation</translation>
    </message>
    <message>
      <source>A meeting</source>
      <translation>Une réunion</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>Choose the folder for the access request</source>
      <translation>Choisir le dossier où écrire les données de la personne</translation>
    </message>
    <message>
      <source>Personal data</source>
      <translation>Données personnelles</translation>
    </message>
    <message>
      <source>The register names your neighbours. Palier anonymises finished complaints and liaison forms after a number of years, answers a person who asks what is held about them, and keeps a log of who created, changed, exported or printed what.</source>
      <translation>Le registre nomme vos voisins. Palier anonymise les réclamations terminées et les fiches de liaison au bout de quelques années, répond à une personne qui demande ce qui est conservé sur elle, et note qui a créé, modifié, exporté ou imprimé quoi.</translation>
    </message>
    <message>
      <source>How long finished records are kept</source>
      <translation>Durée de conservation des dossiers terminés</translation>
    </message>
    <message>
      <source>&amp;Anonymise after:</source>
      <translation>&amp;Anonymiser après :</translation>
    </message>
    <message>
      <source> years</source>
      <translation> ans</translation>
    </message>
    <message>
      <source>Years after closing before anonymising</source>
      <translation>Nombre d’années après la clôture avant l’anonymisation</translation>
    </message>
    <message>
      <source>Counted from the last change of a finished complaint, or from the day a liaison form was received. Reporters, names and photos are removed; signed minutes are not changed.</source>
      <translation>À compter de la dernière modification d’une réclamation terminée, ou du jour de réception d’une fiche de liaison. Les déclarants, les noms et les photos sont effacés ; les comptes rendus signés ne sont pas modifiés.</translation>
    </message>
    <message>
      <source>&amp;Preview the purge</source>
      <translation>&amp;Voir ce qui serait anonymisé</translation>
    </message>
    <message>
      <source>Preview the purge, without changing anything</source>
      <translation>Voir ce qui serait anonymisé, sans rien modifier</translation>
    </message>
    <message>
      <source>&amp;Anonymise now…</source>
      <translation>A&amp;nonymiser maintenant…</translation>
    </message>
    <message>
      <source>Anonymise the old finished records now</source>
      <translation>Anonymiser maintenant les anciens dossiers terminés</translation>
    </message>
    <message>
      <source>A person's data</source>
      <translation>Les données d’une personne</translation>
    </message>
    <message>
      <source>P&amp;erson:</source>
      <translation>P&amp;ersonne :</translation>
    </message>
    <message>
      <source>Person whose data to write out or forget</source>
      <translation>Personne dont on exporte ou efface les données</translation>
    </message>
    <message>
      <source>Anyone may ask for everything held about them: Palier writes it in a PDF and a JSON file, without other people's names.</source>
      <translation>Chacun peut demander tout ce qui est conservé sur lui : Palier l’écrit dans un fichier PDF et un fichier JSON, sans le nom des autres personnes.</translation>
    </message>
    <message>
      <source>&amp;Write their data…</source>
      <translation>&amp;Exporter ses données…</translation>
    </message>
    <message>
      <source>Write everything held about this person to a folder</source>
      <translation>Écrire dans un dossier tout ce qui est conservé sur cette personne</translation>
    </message>
    <message>
      <source>&amp;Forget this person…</source>
      <translation>&amp;Oublier cette personne…</translation>
    </message>
    <message>
      <source>Forget this person: replace their name everywhere</source>
      <translation>Oublier cette personne : remplacer son nom partout</translation>
    </message>
    <message>
      <source>Who did what (audit log)</source>
      <translation>Qui a fait quoi (journal)</translation>
    </message>
    <message>
      <source>Audit log, newest first</source>
      <translation>Journal des opérations, les plus récentes d’abord</translation>
    </message>
    <message>
      <source>The log is empty.</source>
      <translation>Le journal est vide.</translation>
    </message>
    <message>
      <source>{count} line(s), newest first.</source>
      <translation>{count} ligne(s), les plus récentes d’abord.</translation>
    </message>
    <message>
      <source>Anonymise old records?</source>
      <translation>Anonymiser les anciens dossiers ?</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonymiser</translation>
    </message>
    <message>
      <source>Continue…</source>
      <translation>Continuer…</translation>
    </message>
    <message>
      <source>Finished records will be anonymised {years} year(s) after closing.</source>
      <translation>Les dossiers terminés seront anonymisés {years} an(s) après leur clôture.</translation>
    </message>
    <message>
      <source>Everything held about {name} was written to {json} and {pdf}.</source>
      <translation>Tout ce qui est conservé sur {name} a été écrit dans {json} et {pdf}.</translation>
    </message>
    <message>
      <source>{name} is forgotten: the name was replaced in {count} record(s); signed minutes keep it.</source>
      <translation>{name} est oublié(e) : le nom a été remplacé dans {count} enregistrement(s) ; les comptes rendus signés le conservent.</translation>
    </message>
    <message>
      <source>{complaints} complaint(s) and {forms} liaison form(s) finished before {date} will lose their reporter, the names they hold and their photos. This cannot be undone.</source>
      <translation>{complaints} réclamation(s) et {forms} fiche(s) de liaison terminées avant le {date} perdront leur déclarant, les noms qu’elles contiennent et leurs photos. C’est irréversible.</translation>
    </message>
    <message>
      <source>Forget {name}?</source>
      <translation>Oublier {name} ?</translation>
    </message>
    <message>
      <source>Palier will replace “{name}” by “{new}” in complaints, liaison forms and meetings not yet signed, and clear their phone and e-mail.

Signed minutes keep the name: they stay as they were signed.</source>
      <translation>Palier va remplacer « {name} » par « {new} » dans les réclamations, les fiches de liaison et les réunions pas encore signées, et effacer son téléphone et son courriel.

Les comptes rendus signés gardent le nom : ils restent tels qu’ils ont été signés.</translation>
    </message>
    <message>
      <source>Forget {name} for good?</source>
      <translation>Oublier {name} définitivement ?</translation>
    </message>
    <message>
      <source>This cannot be undone: Palier will no longer know who “{new}” was.</source>
      <translation>C’est irréversible : Palier ne saura plus qui était « {new} ».</translation>
    </message>
    <message>
      <source>Forget {name}</source>
      <translation>Oublier {name}</translation>
    </message>
    <message>
      <source>Choose a person</source>
      <translation>Choisissez une personne</translation>
    </message>
    <message>
      <source>Person {id} ({name})</source>
      <translation>Personne {id} ({name})</translation>
    </message>
  </context>
</TS>
