<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Signing</name>
    <message>
      <source>Choose a passphrase for the residence's root certificate (it protects the key that issues identities): </source>
      <translation>Choisissez une phrase secrète pour le certificat racine de la résidence (elle protège la clé qui délivre les identités) : </translation>
    </message>
    <message>
      <source>No passphrase for the residence's root certificate: run this in a terminal, or set PALIER_ROOT_PASSPHRASE.</source>
      <translation>Aucune phrase secrète pour le certificat racine de la résidence : lancez cette commande dans un terminal, ou définissez PALIER_ROOT_PASSPHRASE.</translation>
    </message>
    <message>
      <source>Passphrase of the residence's root certificate: </source>
      <translation>Phrase secrète du certificat racine de la résidence : </translation>
    </message>
    <message>
      <source>Exit status 0 when the document is the minutes this database holds for a meeting, signed by its chair and its secretary (certificates issued by this residence's root certificate), with nothing visible added after; 2 otherwise, saying what failed.</source>
      <translation>Code de sortie 0 quand le document est le compte rendu qu'enregistre cette base pour une réunion, signé par son président et son secrétaire (certificats délivrés par le certificat racine de la résidence), sans rien de visible ajouté ensuite ; 2 sinon, en disant ce qui ne va pas.</translation>
    </message>
    <message>
      <source>of the residence's root certificate</source>
      <translation>du certificat racine de la résidence</translation>
    </message>
    <message>
      <source>of the signer</source>
      <translation>du signataire</translation>
    </message>
    <message>
      <source>Issuing an identity needs the passphrase of the residence's root certificate.</source>
      <translation>Pour délivrer une identité, il faut la phrase secrète du certificat racine de la résidence.</translation>
    </message>
    <message>
      <source>There is no residence certificate on this computer yet: it is made with the first signing identity (identity create, or “New signing identity…”).</source>
      <translation>Il n'y a pas encore de certificat de la résidence sur cet ordinateur : il est créé avec la première identité de signature (identity create, ou « Nouvelle identité de signature… »).</translation>
    </message>
    <message>
      <source>The passphrase {whose} must have at least 8 characters.</source>
      <translation>La phrase secrète {whose} doit compter au moins 8 caractères.</translation>
    </message>
    <message>
      <source>The passphrase of the residence's root certificate is wrong; no identity was created.</source>
      <translation>La phrase secrète du certificat racine de la résidence est fausse ; aucune identité n'a été créée.</translation>
    </message>
    <message>
      <source>its header (date, times, place, chair, secretary or status)</source>
      <translation>son en-tête (date, heures, lieu, président, secrétaire ou statut)</translation>
    </message>
    <message>
      <source>the buildings it concerns</source>
      <translation>les bâtiments concernés</translation>
    </message>
    <message>
      <source>its attendance</source>
      <translation>ses présences</translation>
    </message>
    <message>
      <source>its agenda points</source>
      <translation>ses points de l'ordre du jour</translation>
    </message>
    <message>
      <source>the complaints and liaison forms of its points</source>
      <translation>les réclamations et fiches de liaison de ses points</translation>
    </message>
    <message>
      <source>its commitments</source>
      <translation>ses engagements</translation>
    </message>
    <message>
      <source>the handwritten signatures</source>
      <translation>les signatures manuscrites</translation>
    </message>
    <message>
      <source>the digitally signed copy kept</source>
      <translation>l'exemplaire signé numériquement conservé</translation>
    </message>
    <message>
      <source>its amendments</source>
      <translation>ses rectificatifs</translation>
    </message>
    <message>
      <source>meeting {id}</source>
      <translation>la réunion {id}</translation>
    </message>
    <message>
      <source>meeting {id} of {date}</source>
      <translation>la réunion {id} du {date}</translation>
    </message>
    <message>
      <source>The data of {meeting} were changed after it was signed: {parts}.</source>
      <translation>Les données de {meeting} ont été modifiées après sa signature : {parts}.</translation>
    </message>
    <message>
      <source>{count} of the database's locks on signed meetings are missing or altered ({names}): signed meetings could be changed without a trace.</source>
      <translation>{count} verrous de la base sur les réunions signées manquent ou ont été modifiés ({names}) : des réunions signées pourraient être changées sans laisser de trace.</translation>
    </message>
    <message>
      <source>{problem} This document no longer matches what was signed.</source>
      <translation>{problem} Ce document ne correspond plus à ce qui a été signé.</translation>
    </message>
    <message>
      <source>Note: the residence's root certificate's private key is kept in clear on this computer (made by an older Palier); it will be protected by a passphrase when the next signing identity is created.</source>
      <translation>Remarque : la clé privée du certificat racine de la résidence est conservée en clair sur cet ordinateur (créée par une ancienne version de Palier) ; elle sera protégée par une phrase secrète à la création de la prochaine identité de signature.</translation>
    </message>
    <message>
      <source>The fingerprint kept when {meeting} was signed is missing: its data can no longer be shown to be those signed.</source>
      <translation>L'empreinte conservée à la signature de {meeting} a disparu : on ne peut plus montrer que ses données sont celles qui ont été signées.</translation>
    </message>
    <message>
      <source>In this database, {meeting} was signed but is no longer marked as signed, or was removed.</source>
      <translation>Dans cette base, {meeting} était signée mais n'est plus marquée comme signée, ou a été supprimée.</translation>
    </message>
    <message>
      <source>{warning} The signed copy kept is not handed out: restore a backup made before the change (check names the last good one).</source>
      <translation>{warning} L'exemplaire signé conservé n'est pas délivré : restaurez une sauvegarde antérieure à la modification (check indique la dernière bonne).</translation>
    </message>
    <message>
      <source>the chair ({name})</source>
      <translation>le président ({name})</translation>
    </message>
    <message>
      <source>the secretary ({name})</source>
      <translation>le secrétaire ({name})</translation>
    </message>
    <message>
      <source>{name} is neither the chair nor the secretary of meeting {id}; only they sign its minutes.</source>
      <translation>{name} n'est ni le président ni le secrétaire de la réunion {id} ; eux seuls signent son compte rendu.</translation>
    </message>
    <message>
      <source>Both the chair and the secretary sign the minutes; {who} is missing.</source>
      <translation>Le président et le secrétaire signent tous deux le compte rendu ; il manque {who}.</translation>
    </message>
    <message>
      <source>the chair ({name}) did not sign</source>
      <translation>le président ({name}) n'a pas signé</translation>
    </message>
    <message>
      <source>the secretary ({name}) did not sign</source>
      <translation>le secrétaire ({name}) n'a pas signé</translation>
    </message>
    <message>
      <source>the document was changed after it was printed in a way that alters what a reader sees</source>
      <translation>le document a été modifié après son impression d'une façon qui change ce que voit le lecteur</translation>
    </message>
    <message>
      <source>the document was changed after this signature in a way that alters what a reader sees</source>
      <translation>le document a été modifié après cette signature d'une façon qui change ce que voit le lecteur</translation>
    </message>
    <message>
      <source>the signed content is not the minutes of meeting {id} held in this database</source>
      <translation>le contenu signé n'est pas le compte rendu de la réunion {id} enregistré dans cette base</translation>
    </message>
    <message>
      <source>the minutes of meeting {id} are not approved in this database</source>
      <translation>le compte rendu de la réunion {id} n'est pas approuvé dans cette base</translation>
    </message>
    <message>
      <source>{name} is neither the chair nor the secretary of meeting {id}</source>
      <translation>{name} n'est ni le président ni le secrétaire de la réunion {id}</translation>
    </message>
  </context>
  <context>
    <name>DigitalSigning</name>
    <message>
      <source>Ro&amp;ot certificate's passphrase:</source>
      <translation>Phrase secrète du certificat &amp;racine :</translation>
    </message>
    <message>
      <source>Passphrase of the root certificate</source>
      <translation>Phrase secrète du certificat racine</translation>
    </message>
    <message>
      <source>Passphrase of the root certificate again</source>
      <translation>Phrase secrète du certificat racine, à nouveau</translation>
    </message>
    <message>
      <source>The residence's root certificate issues every identity. Choose a passphrase for it too (8 characters or more): it will be asked each time an identity is created, so that nobody else can create one in someone's name.</source>
      <translation>Le certificat racine de la résidence délivre toutes les identités. Choisissez aussi une phrase secrète pour lui (8 caractères ou plus) : elle sera demandée à chaque création d'identité, pour que personne d'autre ne puisse en créer une au nom de quelqu'un.</translation>
    </message>
    <message>
      <source>Type the passphrase of the residence's root certificate, chosen with the first identity.</source>
      <translation>Tapez la phrase secrète du certificat racine de la résidence, choisie avec la première identité.</translation>
    </message>
    <message>
      <source>Agai&amp;n:</source>
      <translation>À &amp;nouveau :</translation>
    </message>
    <message>
      <source>The two passphrases of the root certificate differ: type the same one twice.</source>
      <translation>Les deux phrases secrètes du certificat racine diffèrent : tapez deux fois la même.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Warning about signed minutes</source>
      <translation>Avertissement sur les comptes-rendus signés</translation>
    </message>
    <message>
      <source>Warning: signed minutes were changed outside Palier. {problems} Their documents say so; restore a backup made before the change (Backups page).</source>
      <translation>Attention : des comptes-rendus signés ont été modifiés en dehors de Palier. {problems} Leurs documents le signalent ; restaurez une sauvegarde antérieure à la modification (page Sauvegardes).</translation>
    </message>
  </context>
</TS>
