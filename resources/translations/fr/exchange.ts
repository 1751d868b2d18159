<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Exchange</name>
    <message>
      <source>exchange changes with another computer</source>
      <translation>échanger les modifications avec un autre ordinateur</translation>
    </message>
    <message>
      <source>Keep one register on two computers (the office PC and a laptop) by exchanging files, on a USB key for instance.</source>
      <translation>Tenir un seul registre sur deux ordinateurs (le PC du bureau et un portable) en échangeant des fichiers, sur une clé USB par exemple.</translation>
    </message>
    <message>
      <source>write a paired database for another computer</source>
      <translation>écrire une base jumelée pour un autre ordinateur</translation>
    </message>
    <message>
      <source>the database to write for the other computer</source>
      <translation>la base à écrire pour l’autre ordinateur</translation>
    </message>
    <message>
      <source>what to call the other computer (default: the laptop)</source>
      <translation>le nom de l’autre ordinateur (par défaut : le portable)</translation>
    </message>
    <message>
      <source>what to call this computer (default: the office)</source>
      <translation>le nom de cet ordinateur (par défaut : le bureau)</translation>
    </message>
    <message>
      <source>write the changes the other computer lacks</source>
      <translation>écrire les modifications qui manquent à l’autre ordinateur</translation>
    </message>
    <message>
      <source>the exchange file to write</source>
      <translation>le fichier d’échange à écrire</translation>
    </message>
    <message>
      <source>which partner, when there are several</source>
      <translation>quel partenaire, s’il y en a plusieurs</translation>
    </message>
    <message>
      <source>apply the changes of the other computer</source>
      <translation>appliquer les modifications de l’autre ordinateur</translation>
    </message>
    <message>
      <source>the exchange file the other computer wrote</source>
      <translation>le fichier d’échange écrit par l’autre ordinateur</translation>
    </message>
    <message>
      <source>partners, last exchanges, changes not yet sent</source>
      <translation>partenaires, derniers échanges, modifications pas encore envoyées</translation>
    </message>
    <message>
      <source>the changes to decide</source>
      <translation>les modifications à trancher</translation>
    </message>
    <message>
      <source>the decided ones too</source>
      <translation>aussi celles déjà tranchées</translation>
    </message>
    <message>
      <source>decide a conflict</source>
      <translation>trancher un conflit</translation>
    </message>
    <message>
      <source>the conflict's number</source>
      <translation>le numéro du conflit</translation>
    </message>
    <message>
      <source>keep this computer's value (mine) or the other one's (theirs)</source>
      <translation>garder la valeur de cet ordinateur (mine) ou celle de l’autre (theirs)</translation>
    </message>
    <message>
      <source>change a complaint</source>
      <translation>modifier une réclamation</translation>
    </message>
    <message>
      <source>move a complaint along its life cycle</source>
      <translation>faire avancer une réclamation dans son cycle de vie</translation>
    </message>
    <message>
      <source>the complaint's number</source>
      <translation>le numéro de la réclamation</translation>
    </message>
    <message>
      <source>why (needed to reject, reopen…)</source>
      <translation>pourquoi (nécessaire pour rejeter, rouvrir…)</translation>
    </message>
    <message>
      <source>the complaint it duplicates</source>
      <translation>la réclamation dont elle est le doublon</translation>
    </message>
    <message>
      <source>This database is not paired with another computer.</source>
      <translation>Cette base n’est jumelée avec aucun autre ordinateur.</translation>
    </message>
    <message>
      <source>Nothing to decide.</source>
      <translation>Rien à trancher.</translation>
    </message>
    <message>
      <source>{path} is a copy of this register for {name}, paired with this computer. Open it there with Palier; its new records are numbered from {first}. Exchange files then carry only what changed.</source>
      <translation>{path} est une copie de ce registre pour {name}, jumelée avec cet ordinateur. Ouvrez-la là-bas avec Palier ; ses nouveaux enregistrements sont numérotés à partir de {first}. Les fichiers d’échange ne porteront ensuite que ce qui a changé.</translation>
    </message>
    <message>
      <source>{path} holds the changes for {name} (file {seq}, {size} bytes): {what}.</source>
      <translation>{path} contient les modifications pour {name} (fichier {seq}, {size} octets) : {what}.</translation>
    </message>
    <message>
      <source>From {name}: {what}.</source>
      <translation>Reçu de {name} : {what}.</translation>
    </message>
    <message>
      <source>Conflict {id} decided; the decision goes to the other computer with the next exchange file.</source>
      <translation>Conflit {id} tranché ; la décision partira vers l’autre ordinateur avec le prochain fichier d’échange.</translation>
    </message>
    <message>
      <source>“{value}” is not a status; use one of: {codes}.</source>
      <translation>« {value} » n’est pas un statut ; utilisez l’un de : {codes}.</translation>
    </message>
    <message>
      <source>one of: {codes}</source>
      <translation>l’un de : {codes}</translation>
    </message>
    <message>
      <source>File {seq} from {name} was already applied; nothing changed.</source>
      <translation>Le fichier {seq} de {name} a déjà été appliqué ; rien n’a changé.</translation>
    </message>
    <message>
      <source>{count} to decide: see sync conflicts.</source>
      <translation>{count} à trancher : voir sync conflicts.</translation>
    </message>
    <message>
      <source>{name}: {sent} files sent, {received} received; last exchange: {last}; {unsent} changes not yet sent.</source>
      <translation>{name} : {sent} fichiers envoyés, {received} reçus ; dernier échange : {last} ; {unsent} modifications pas encore envoyées.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <source>the office</source>
      <translation>le bureau</translation>
    </message>
    <message>
      <source>the laptop</source>
      <translation>le portable</translation>
    </message>
    <message>
      <source>An exchange needs a database file.</source>
      <translation>Un échange a besoin d’un fichier de base de données.</translation>
    </message>
    <message>
      <source>This database is not paired with another computer yet: make a copy for the other computer first (sync copy FILE, or File › Copy for another computer…).</source>
      <translation>Cette base n’est encore jumelée avec aucun autre ordinateur : faites d’abord une copie pour l’autre ordinateur (sync copy FICHIER, ou Fichier › Copie pour un autre ordinateur…).</translation>
    </message>
    <message>
      <source>This computer has several partners; say which one with --partner NAME.</source>
      <translation>Cet ordinateur a plusieurs partenaires ; dites lequel avec --partner NOM.</translation>
    </message>
    <message>
      <source>This database is open read-only here; nothing was changed.</source>
      <translation>Cette base est ouverte en lecture seule ici ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Say which value to keep: mine or theirs.</source>
      <translation>Dites quelle valeur garder : mine (la mienne) ou theirs (la leur).</translation>
    </message>
    <message>
      <source>The other computer's change would alter signed minutes: it cannot be kept. A correction of signed minutes is an amendment.</source>
      <translation>La modification de l’autre ordinateur changerait un compte-rendu signé : elle ne peut pas être gardée. Une correction d’un compte-rendu signé est un avenant.</translation>
    </message>
    <message>
      <source>This database is a copy made for another computer: make new copies on the first computer ({name}'s partner). Nothing was written.</source>
      <translation>Cette base est une copie faite pour un autre ordinateur : faites les nouvelles copies sur le premier ordinateur (le partenaire de {name}). Rien n’a été écrit.</translation>
    </message>
    <message>
      <source>The record of the last exchange with {name} is missing ({path}). It lives in the “exchange” folder beside the database: if the database was moved, move that folder with it. Nothing was changed.</source>
      <translation>La trace du dernier échange avec {name} manque ({path}). Elle se trouve dans le dossier « exchange » à côté de la base : si la base a été déplacée, déplacez ce dossier avec elle. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{path} was written by a computer that is not paired with this one ({name}). Nothing was changed.</source>
      <translation>{path} a été écrit par un ordinateur qui n’est pas jumelé avec celui-ci ({name}). Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>There is no conflict number {id}.</source>
      <translation>Il n’y a pas de conflit numéro {id}.</translation>
    </message>
    <message>
      <source>Conflict {id} was already decided.</source>
      <translation>Le conflit {id} a déjà été tranché.</translation>
    </message>
    <message>
      <source>There is no partner called “{name}”.</source>
      <translation>Il n’y a pas de partenaire nommé « {name} ».</translation>
    </message>
    <message>
      <source>This record cannot be changed any more (signed minutes, or other records depend on it). Nothing was changed.</source>
      <translation>Cet enregistrement ne peut plus être modifié (compte-rendu signé, ou d’autres enregistrements en dépendent). Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{path} is not a Palier exchange file, or it is damaged (was it copied completely?). Nothing was changed.</source>
      <translation>{path} n’est pas un fichier d’échange de Palier, ou il est abîmé (a-t-il été copié en entier ?). Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>There is no exchange file at {path}. Nothing was changed.</source>
      <translation>Il n’y a pas de fichier d’échange à {path}. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{path} was written by a newer version of Palier. Install the same version on both computers, then exchange again. Nothing was changed.</source>
      <translation>{path} a été écrit par une version plus récente de Palier. Installez la même version sur les deux ordinateurs, puis échangez à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>{path} was written by an older version of Palier. Update Palier on the other computer, open it once, then exchange again. Nothing was changed.</source>
      <translation>{path} a été écrit par une version plus ancienne de Palier. Mettez Palier à jour sur l’autre ordinateur, ouvrez-le une fois, puis échangez à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>The exchange file could not be written to {path} ({reason}). Nothing was recorded as sent.</source>
      <translation>Le fichier d’échange n’a pas pu être écrit à {path} ({reason}). Rien n’a été noté comme envoyé.</translation>
    </message>
    <message>
      <source>An exchange file holds personal data, like the register itself: carry it on a key that stays with you, and delete it once the other computer has read it.</source>
      <translation>Un fichier d’échange contient des données personnelles, comme le registre lui-même : transportez-le sur une clé qui reste avec vous, et effacez-le dès que l’autre ordinateur l’a lu.</translation>
    </message>
    <message>
      <source>nothing new</source>
      <translation>rien de nouveau</translation>
    </message>
    <message>
      <source>#{id} {record}, {field}: here {mine}; on {who} {theirs} ({when})</source>
      <translation>n° {id} {record}, {field} : ici {mine} ; sur {who} {theirs} ({when})</translation>
    </message>
    <message>
      <source>{n} other changes</source>
      <translation>{n} autres modifications</translation>
    </message>
    <message>
      <source>both computers changed it</source>
      <translation>modifié sur les deux ordinateurs</translation>
    </message>
    <message>
      <source>deleted on {who}, changed here: kept</source>
      <translation>supprimé sur {who}, modifié ici : gardé</translation>
    </message>
    <message>
      <source>deleted here, changed on {who}: kept</source>
      <translation>supprimé ici, modifié sur {who} : gardé</translation>
    </message>
    <message>
      <source>the change from {who} would alter signed minutes: not applied</source>
      <translation>la modification venant de {who} changerait un compte-rendu signé : pas appliquée</translation>
    </message>
    <message>
      <source>Complaint {id} is now “{status}”.</source>
      <translation>La réclamation {id} est maintenant « {status} ».</translation>
    </message>
    <message>
      <source>{n} complaint</source>
      <translation>{n} réclamation</translation>
    </message>
    <message>
      <source>{n} complaints</source>
      <translation>{n} réclamations</translation>
    </message>
    <message>
      <source>{n} status change</source>
      <translation>{n} changement de statut</translation>
    </message>
    <message>
      <source>{n} status changes</source>
      <translation>{n} changements de statut</translation>
    </message>
    <message>
      <source>{n} complaint changed</source>
      <translation>{n} réclamation modifiée</translation>
    </message>
    <message>
      <source>{n} complaints changed</source>
      <translation>{n} réclamations modifiées</translation>
    </message>
    <message>
      <source>{n} complaint deleted</source>
      <translation>{n} réclamation supprimée</translation>
    </message>
    <message>
      <source>{n} complaints deleted</source>
      <translation>{n} réclamations supprimées</translation>
    </message>
    <message>
      <source>{n} meeting with its signed minutes</source>
      <translation>{n} réunion avec son compte-rendu signé</translation>
    </message>
    <message>
      <source>{n} meetings with their signed minutes</source>
      <translation>{n} réunions avec leur compte-rendu signé</translation>
    </message>
    <message>
      <source>{n} meeting</source>
      <translation>{n} réunion</translation>
    </message>
    <message>
      <source>{n} meetings</source>
      <translation>{n} réunions</translation>
    </message>
    <message>
      <source>{n} meeting changed</source>
      <translation>{n} réunion modifiée</translation>
    </message>
    <message>
      <source>{n} meetings changed</source>
      <translation>{n} réunions modifiées</translation>
    </message>
    <message>
      <source>{n} agenda point written</source>
      <translation>{n} point de l’ordre du jour rédigé</translation>
    </message>
    <message>
      <source>{n} agenda points written</source>
      <translation>{n} points de l’ordre du jour rédigés</translation>
    </message>
    <message>
      <source>{n} photo</source>
      <translation>{n} photo</translation>
    </message>
    <message>
      <source>{n} photos</source>
      <translation>{n} photos</translation>
    </message>
    <message>
      <source>{n} person</source>
      <translation>{n} personne</translation>
    </message>
    <message>
      <source>{n} people</source>
      <translation>{n} personnes</translation>
    </message>
    <message>
      <source>{n} person changed</source>
      <translation>{n} personne modifiée</translation>
    </message>
    <message>
      <source>{n} people changed</source>
      <translation>{n} personnes modifiées</translation>
    </message>
    <message>
      <source>{n} liaison form</source>
      <translation>{n} fiche de liaison</translation>
    </message>
    <message>
      <source>{n} liaison forms</source>
      <translation>{n} fiches de liaison</translation>
    </message>
    <message>
      <source>{n} commitment</source>
      <translation>{n} engagement</translation>
    </message>
    <message>
      <source>{n} commitments</source>
      <translation>{n} engagements</translation>
    </message>
    <message>
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>status</source>
      <translation>statut</translation>
    </message>
    <message>
      <source>reason for the status</source>
      <translation>motif du statut</translation>
    </message>
    <message>
      <source>category</source>
      <translation>catégorie</translation>
    </message>
    <message>
      <source>urgency</source>
      <translation>urgence</translation>
    </message>
    <message>
      <source>landlord service</source>
      <translation>service du bailleur</translation>
    </message>
    <message>
      <source>due date</source>
      <translation>échéance</translation>
    </message>
    <message>
      <source>opening date</source>
      <translation>date d’ouverture</translation>
    </message>
    <message>
      <source>landlord reference</source>
      <translation>référence bailleur</translation>
    </message>
    <message>
      <source>reporter</source>
      <translation>demandeur</translation>
    </message>
    <message>
      <source>confidential reporter</source>
      <translation>demandeur confidentiel</translation>
    </message>
    <message>
      <source>duplicate of</source>
      <translation>doublon de</translation>
    </message>
    <message>
      <source>place</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>telephone</source>
      <translation>téléphone</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>courriel</translation>
    </message>
    <message>
      <source>role</source>
      <translation>rôle</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>organisme</translation>
    </message>
    <message>
      <source>civility</source>
      <translation>civilité</translation>
    </message>
    <message>
      <source>question</source>
      <translation>question</translation>
    </message>
    <message>
      <source>answer</source>
      <translation>réponse</translation>
    </message>
    <message>
      <source>decision</source>
      <translation>décision</translation>
    </message>
    <message>
      <source>discussion</source>
      <translation>échanges</translation>
    </message>
    <message>
      <source>reason for no answer</source>
      <translation>motif de l’absence de réponse</translation>
    </message>
    <message>
      <source>proposed by</source>
      <translation>proposé par</translation>
    </message>
    <message>
      <source>what</source>
      <translation>quoi</translation>
    </message>
    <message>
      <source>who</source>
      <translation>qui</translation>
    </message>
    <message>
      <source>date</source>
      <translation>date</translation>
    </message>
    <message>
      <source>start</source>
      <translation>début</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>order of the agenda</source>
      <translation>place dans l’ordre du jour</translation>
    </message>
    <message>
      <source>duration</source>
      <translation>durée</translation>
    </message>
    <message>
      <source>date received</source>
      <translation>date de réception</translation>
    </message>
    <message>
      <source>asker</source>
      <translation>demandeur</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialog</name>
    <message>
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <source>Here</source>
      <translation>Ici</translation>
    </message>
    <message>
      <source>On the other computer</source>
      <translation>Sur l’autre ordinateur</translation>
    </message>
    <message>
      <source>Exchange file</source>
      <translation>Fichier d’échange</translation>
    </message>
    <message>
      <source>&amp;Choose…</source>
      <translation>&amp;Choisir…</translation>
    </message>
    <message>
      <source>Exchange under way</source>
      <translation>Échange en cours</translation>
    </message>
    <message>
      <source>Nothing exchanged yet.</source>
      <translation>Rien n’a encore été échangé.</translation>
    </message>
    <message>
      <source>What the exchange did</source>
      <translation>Ce que l’échange a fait</translation>
    </message>
    <message>
      <source>To decide</source>
      <translation>À trancher</translation>
    </message>
    <message>
      <source>Keep &amp;mine</source>
      <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
      <source>Keep &amp;theirs</source>
      <translation>Garder l’&amp;autre</translation>
    </message>
    <message>
      <source>File on the USB key:</source>
      <translation>Fichier sur la clé USB :</translation>
    </message>
    <message>
      <source>Palier exchange files (*.palier)</source>
      <translation>Fichiers d’échange de Palier (*.palier)</translation>
    </message>
    <message>
      <source>Copy for another computer</source>
      <translation>Copie pour un autre ordinateur</translation>
    </message>
    <message>
      <source>The copy's file</source>
      <translation>Le fichier de la copie</translation>
    </message>
    <message>
      <source>Name of the other computer</source>
      <translation>Nom de l’autre ordinateur</translation>
    </message>
    <message>
      <source>&amp;Write the copy</source>
      <translation>&amp;Écrire la copie</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <source>Other computer:</source>
      <translation>Autre ordinateur :</translation>
    </message>
    <message>
      <source>To decide:</source>
      <translation>À trancher :</translation>
    </message>
    <message>
      <source>Choose the file on the USB key first.</source>
      <translation>Choisissez d’abord le fichier sur la clé USB.</translation>
    </message>
    <message>
      <source>Palier databases (*.db)</source>
      <translation>Bases de Palier (*.db)</translation>
    </message>
    <message>
      <source>Exchange with {name}</source>
      <translation>Échanger avec {name}</translation>
    </message>
    <message>
      <source>&amp;Write the changes for {name}</source>
      <translation>É&amp;crire les modifications pour {name}</translation>
    </message>
    <message>
      <source>&amp;Read the file from {name}</source>
      <translation>&amp;Lire le fichier de {name}</translation>
    </message>
    <message>
      <source>Written for {name}: {what}. Take the file to the other computer.</source>
      <translation>Écrit pour {name} : {what}. Emportez le fichier vers l’autre ordinateur.</translation>
    </message>
    <message>
      <source>Decided; the decision goes to {name} with the next file.</source>
      <translation>Tranché ; la décision partira vers {name} avec le prochain fichier.</translation>
    </message>
    <message>
      <source>Palier writes a copy of this register for another computer (a laptop), paired with this one. Open it there with Palier; afterwards, exchange files carry only what changed. {privacy}</source>
      <translation>Palier écrit une copie de ce registre pour un autre ordinateur (un portable), jumelée avec celui-ci. Ouvrez-la là-bas avec Palier ; ensuite, les fichiers d’échange ne portent que ce qui a changé. {privacy}</translation>
    </message>
    <message>
      <source>The copy for {name} is written. Its new records are numbered from {first}.</source>
      <translation>La copie pour {name} est écrite. Ses nouveaux enregistrements sont numérotés à partir de {first}.</translation>
    </message>
    <message>
      <source>This file from {name} was already read; nothing changed.</source>
      <translation>Ce fichier de {name} a déjà été lu ; rien n’a changé.</translation>
    </message>
    <message>
      <source>{count} to decide below.</source>
      <translation>{count} à trancher ci-dessous.</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Complaint {id}</source>
      <translation>Réclamation {id}</translation>
    </message>
    <message>
      <source>Person {id}</source>
      <translation>Personne {id}</translation>
    </message>
    <message>
      <source>Liaison form {id}</source>
      <translation>Fiche de liaison {id}</translation>
    </message>
    <message>
      <source>Meeting {id}</source>
      <translation>Réunion {id}</translation>
    </message>
    <message>
      <source>Agenda point {id}</source>
      <translation>Point de l’ordre du jour {id}</translation>
    </message>
    <message>
      <source>Commitment {id}</source>
      <translation>Engagement {id}</translation>
    </message>
    <message>
      <source>Photo {id}</source>
      <translation>Photo {id}</translation>
    </message>
    <message>
      <source>deleted on {who}, changed here: kept</source>
      <translation>supprimé sur {who}, modifié ici : gardé</translation>
    </message>
    <message>
      <source>deleted here, changed on {who}: kept</source>
      <translation>supprimé ici, modifié sur {who} : gardé</translation>
    </message>
    <message>
      <source>signed minutes: not changed</source>
      <translation>compte-rendu signé : pas modifié</translation>
    </message>
    <message>
      <source>Exchange with which computer?</source>
      <translation>Échanger avec quel ordinateur ?</translation>
    </message>
    <message>
      <source>This computer is paired with several others. Exchange with:</source>
      <translation>Cet ordinateur est associé à plusieurs autres. Échanger avec :</translation>
    </message>
    <message>
      <source>{name} (last exchange: {when})</source>
      <translation>{name} (dernier échange : {when})</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Copy for another computer…</source>
      <translation>&amp;Copie pour un autre ordinateur…</translation>
    </message>
    <message>
      <source>E&amp;xchange with the laptop / the office…</source>
      <translation>É&amp;changer avec le portable / le bureau…</translation>
    </message>
  </context>
</TS>
