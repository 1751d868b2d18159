<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Reports</name>
    <message>
      <source>minutes: add the digital signatures of the signers</source>
      <translation>compte rendu : ajouter les signatures électroniques des signataires</translation>
    </message>
    <message>
      <source>with --sign: a local identity that signs (repeat; default: the chair, then the secretary)</source>
      <translation>avec --sign : une identité locale qui signe (à répéter ; par défaut : le président, puis le secrétaire de séance)</translation>
    </message>
  </context>
  <context>
    <name>Signing</name>
    <message>
      <source>The two passphrases differ; nothing was created.</source>
      <translation>Les deux phrases secrètes sont différentes ; rien n’a été créé.</translation>
    </message>
    <message>
      <source>the local signing identities</source>
      <translation>les identités de signature locales</translation>
    </message>
    <message>
      <source>Create and list the signers' identities, and export the residence's root certificate for the landlord to trust.</source>
      <translation>Créer et lister les identités des signataires, et exporter le certificat racine de la résidence pour que le bailleur lui fasse confiance.</translation>
    </message>
    <message>
      <source>create a signer's key and certificate</source>
      <translation>créer la clé et le certificat d’un signataire</translation>
    </message>
    <message>
      <source>the signer's full name</source>
      <translation>les prénom et nom du signataire</translation>
    </message>
    <message>
      <source>for example: chair, secretary</source>
      <translation>par exemple : président, secrétaire de séance</translation>
    </message>
    <message>
      <source>list the signers</source>
      <translation>lister les signataires</translation>
    </message>
    <message>
      <source>write the root certificate to a .pem file</source>
      <translation>écrire le certificat racine dans un fichier .pem</translation>
    </message>
    <message>
      <source>check the signatures of signed minutes</source>
      <translation>vérifier les signatures d’un compte rendu signé</translation>
    </message>
    <message>
      <source>the signed PDF</source>
      <translation>le PDF signé</translation>
    </message>
    <message>
      <source>answer in JSON</source>
      <translation>répondre en JSON</translation>
    </message>
    <message>
      <source>No signer yet (see: identity create).</source>
      <translation>Aucun signataire pour l’instant (voir : identity create).</translation>
    </message>
    <message>
      <source>Only the minutes can be signed; remove --sign.</source>
      <translation>Seul le compte rendu peut être signé ; retirez --sign.</translation>
    </message>
    <message>
      <source>Passphrase of {name}: </source>
      <translation>Phrase secrète de {name} : </translation>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>La même phrase secrète, une seconde fois : </translation>
    </message>
    <message>
      <source>Created the identity of {name} in {folder}.</source>
      <translation>Identité de {name} créée dans {folder}.</translation>
    </message>
    <message>
      <source>Wrote the residence's root certificate to {path}.</source>
      <translation>Certificat racine de la résidence écrit dans {path}.</translation>
    </message>
    <message>
      <source>valid</source>
      <translation>valide</translation>
    </message>
    <message>
      <source>Say who signs with --signer NAME (see: identity list).</source>
      <translation>Indiquez qui signe avec --signer NOM (voir : identity list).</translation>
    </message>
    <message>
      <source>No passphrase for {name}: run this in a terminal, or set PALIER_PASSPHRASE.</source>
      <translation>Pas de phrase secrète pour {name} : lancez la commande dans un terminal, ou renseignez PALIER_PASSPHRASE.</translation>
    </message>
    <message>
      <source>{name} ({role}), certificate valid until {date}</source>
      <translation>{name} ({role}), certificat valable jusqu’au {date}</translation>
    </message>
    <message>
      <source>It is identical, byte for byte, to the copy kept in this database.</source>
      <translation>Il est identique, octet pour octet, à l’exemplaire conservé dans cette base.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}.</source>
      <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
      <source>NOT valid: {reason}</source>
      <translation>NON valide : {reason}</translation>
    </message>
    <message>
      <source>{field}: signed by {signer} on {when}, {state}</source>
      <translation>{field} : signé par {signer} le {when}, {state}</translation>
    </message>
    <message>
      <source>{path} is valid: the signed minutes of meeting {id} of {date}.</source>
      <translation>{path} est valide : c’est le compte rendu signé de la réunion {id} du {date}.</translation>
    </message>
    <message>
      <source>{path} is not valid: {reasons}.</source>
      <translation>{path} n’est pas valide : {reasons}.</translation>
    </message>
    <message>
      <source>The minutes of meeting {id} were signed by {signers} on {date}; the copy kept is written.</source>
      <translation>Le compte rendu de la réunion {id} a été signé par {signers} le {date} ; c’est l’exemplaire conservé qui est écrit.</translation>
    </message>
    <message>
      <source>The minutes of meeting {id} are not approved yet: the chair and the secretary approve them first, then they can be signed digitally.</source>
      <translation>Le compte rendu de la réunion {id} n’est pas encore approuvé : le président et le secrétaire de séance l’approuvent d’abord, ensuite il peut être signé électroniquement.</translation>
    </message>
    <message>
      <source>A signer needs a name.</source>
      <translation>Un signataire doit avoir un nom.</translation>
    </message>
    <message>
      <source>{residence} signing root</source>
      <translation>Racine de signature – {residence}</translation>
    </message>
    <message>
      <source>There is no signing identity named “{name}” (see: identity list).</source>
      <translation>Aucune identité de signature ne s’appelle « {name} » (voir : identity list).</translation>
    </message>
    <message>
      <source>An identity named “{name}” already exists in {folder}.</source>
      <translation>Une identité « {name} » existe déjà dans {folder}.</translation>
    </message>
    <message>
      <source>The passphrase of {name} is wrong; nothing was signed.</source>
      <translation>La phrase secrète de {name} est incorrecte ; rien n’a été signé.</translation>
    </message>
    <message>
      <source>the signed content was changed after signing</source>
      <translation>le contenu signé a été modifié après la signature</translation>
    </message>
    <message>
      <source>its fingerprint matches no meeting of this database</source>
      <translation>son empreinte ne correspond à aucune réunion de cette base</translation>
    </message>
    <message>
      <source>Signed on {date}</source>
      <translation>Signé le {date}</translation>
    </message>
    <message>
      <source>Approval of the minutes</source>
      <translation>Approbation du compte rendu</translation>
    </message>
    <message>
      <source>the signature does not match the signer's certificate</source>
      <translation>la signature ne correspond pas au certificat du signataire</translation>
    </message>
    <message>
      <source>the document holds no signature</source>
      <translation>le document ne porte aucune signature</translation>
    </message>
    <message>
      <source>the file was changed after the last signature</source>
      <translation>le fichier a été modifié après la dernière signature</translation>
    </message>
    <message>
      <source>the signer's certificate was not issued by this residence's root certificate</source>
      <translation>le certificat du signataire n’a pas été émis par le certificat racine de cette résidence</translation>
    </message>
    <message>
      <source>The document already holds a signature named {field}.</source>
      <translation>Le document porte déjà une signature nommée {field}.</translation>
    </message>
    <message>
      <source>The PDF cannot be read, so it cannot be signed: {reason}.</source>
      <translation>Le PDF est illisible, il ne peut donc pas être signé : {reason}.</translation>
    </message>
    <message>
      <source>the signature cannot be checked: {reason}</source>
      <translation>la signature ne peut pas être vérifiée : {reason}</translation>
    </message>
    <message>
      <source>the file is not a readable PDF ({reason})</source>
      <translation>le fichier n’est pas un PDF lisible ({reason})</translation>
    </message>
    <message>
      <source>signature {field}: {reason}</source>
      <translation>signature {field} : {reason}</translation>
    </message>
    <message>
      <source>The signed minutes of meeting {id} are already kept; they cannot be replaced.</source>
      <translation>Le compte rendu signé de la réunion {id} est déjà conservé ; il ne peut pas être remplacé.</translation>
    </message>
    <message>
      <source>keep a handwritten signature for a signer</source>
      <translation>conserver la signature manuscrite d’un signataire</translation>
    </message>
    <message>
      <source>The strokes (a JSON list of strokes, each a list of [x, y] points between 0 and 1) are drawn in the signer's box.</source>
      <translation>Les tracés (une liste JSON de tracés, chacun une liste de points [x, y] entre 0 et 1) sont dessinés dans le cadre du signataire.</translation>
    </message>
    <message>
      <source>the strokes, as JSON</source>
      <translation>les tracés, en JSON</translation>
    </message>
    <message>
      <source>Kept the handwritten signature of {name} ({count} strokes).</source>
      <translation>Signature manuscrite de {name} conservée ({count} tracés).</translation>
    </message>
    <message>
      <source>{path} does not hold strokes: a JSON list of strokes, each a list of [x, y] points between 0 and 1.</source>
      <translation>{path} ne contient pas de tracés : il faut une liste JSON de tracés, chacun une liste de points [x, y] entre 0 et 1.</translation>
    </message>
    <message>
      <source>Choose at least one signer.</source>
      <translation>Choisissez au moins un signataire.</translation>
    </message>
    <message>
      <source>Signature of {name}…</source>
      <translation>Signature de {name}…</translation>
    </message>
  </context>
  <context>
    <name>SignaturePad</name>
    <message>
      <source>Signature area</source>
      <translation>Zone de signature</translation>
    </message>
    <message>
      <source>Sign here with the mouse, a pen or a finger.</source>
      <translation>Signez ici avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
      <source>&amp;Clear</source>
      <translation>&amp;Effacer</translation>
    </message>
    <message>
      <source>Clear the signature</source>
      <translation>Effacer la signature</translation>
    </message>
    <message>
      <source>Signature:</source>
      <translation>Signature :</translation>
    </message>
    <message>
      <source>Signature of {name}:</source>
      <translation>Signature de {name} :</translation>
    </message>
    <message>
      <source>&amp;Sign</source>
      <translation>&amp;Signer</translation>
    </message>
    <message>
      <source>Confirm the signature</source>
      <translation>Valider la signature</translation>
    </message>
    <message>
      <source>Signature of {name}</source>
      <translation>Signature de {name}</translation>
    </message>
  </context>
  <context>
    <name>DigitalSigning</name>
    <message>
      <source>New signing identity</source>
      <translation>Nouvelle identité de signature</translation>
    </message>
    <message>
      <source>The identity is kept on this computer. Choose a passphrase you will remember: it is asked at every signature and cannot be recovered.</source>
      <translation>L'identité est conservée sur cet ordinateur. Choisissez une phrase secrète dont vous vous souviendrez : elle est demandée à chaque signature et ne peut pas être retrouvée.</translation>
    </message>
    <message>
      <source>&amp;Create</source>
      <translation>&amp;Créer</translation>
    </message>
    <message>
      <source>Name of the signer</source>
      <translation>Nom du signataire</translation>
    </message>
    <message>
      <source>Role of the signer, for instance chair</source>
      <translation>Fonction du signataire, par exemple président de séance</translation>
    </message>
    <message>
      <source>&amp;Passphrase (8 characters or more):</source>
      <translation>&amp;Phrase secrète (8 caractères ou plus) :</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Again:</source>
      <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
      <source>The two passphrases differ: type the same one twice.</source>
      <translation>Les deux phrases secrètes diffèrent : tapez deux fois la même.</translation>
    </message>
    <message>
      <source>Save the residence's certificate</source>
      <translation>Enregistrer le certificat de la résidence</translation>
    </message>
    <message>
      <source>Certificates (*.pem)</source>
      <translation>Certificats (*.pem)</translation>
    </message>
    <message>
      <source>chair</source>
      <translation>président de séance</translation>
    </message>
    <message>
      <source>secretary</source>
      <translation>secrétaire de séance</translation>
    </message>
    <message>
      <source>(does not sign digitally)</source>
      <translation>(ne signe pas électroniquement)</translation>
    </message>
    <message>
      <source>Sign the minutes digitally</source>
      <translation>Signer le compte rendu électroniquement</translation>
    </message>
    <message>
      <source>Each signer chooses their signing identity and types its passphrase. The signatures are added one after the other, with the handwritten signatures given at the approval. The signed minutes are then kept: printing them again gives the very same document, and anyone can check that nothing was changed.</source>
      <translation>Chaque signataire choisit son identité de signature et tape sa phrase secrète. Les signatures sont ajoutées l'une après l'autre, avec les signatures manuscrites données à l'approbation. Le compte rendu signé est ensuite conservé : le réimprimer donne exactement le même document, et chacun peut vérifier que rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Chair ({name})</source>
      <translation>Président de séance ({name})</translation>
    </message>
    <message>
      <source>Secretary ({name})</source>
      <translation>Secrétaire de séance ({name})</translation>
    </message>
    <message>
      <source>&amp;New signing identity…</source>
      <translation>&amp;Nouvelle identité de signature…</translation>
    </message>
    <message>
      <source>Create a signing identity</source>
      <translation>Créer une identité de signature</translation>
    </message>
    <message>
      <source>&amp;Export the residence's certificate…</source>
      <translation>&amp;Exporter le certificat de la résidence…</translation>
    </message>
    <message>
      <source>Export the residence's certificate for the landlord</source>
      <translation>Exporter le certificat de la résidence pour le bailleur</translation>
    </message>
    <message>
      <source>Progress of the signatures</source>
      <translation>Avancement des signatures</translation>
    </message>
    <message>
      <source>Sign &amp;digitally…</source>
      <translation>Signer &amp;électroniquement…</translation>
    </message>
    <message>
      <source>The minutes are signed digitally and kept.</source>
      <translation>Le compte rendu est signé électroniquement et conservé.</translation>
    </message>
    <message>
      <source>residence-certificate.pem</source>
      <translation>certificat-residence.pem</translation>
    </message>
    <message>
      <source>The residence's certificate was saved in {path}: give it to the landlord so that their software can check the signatures.</source>
      <translation>Le certificat de la résidence a été enregistré dans {path} : remettez-le au bailleur pour que son logiciel puisse vérifier les signatures.</translation>
    </message>
    <message>
      <source>Choose the identity of at least one signer (or create one with “New signing identity…”).</source>
      <translation>Choisissez l'identité d'au moins un signataire (ou créez-en une avec « Nouvelle identité de signature… »).</translation>
    </message>
    <message>
      <source>&amp;Identity:</source>
      <translation>&amp;Identité :</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
      <source>Approved minutes: the chair and the secretary can add their digital signatures.</source>
      <translation>Compte rendu approuvé : le président et le secrétaire de séance peuvent ajouter leurs signatures électroniques.</translation>
    </message>
    <message>
      <source>The minutes can be signed digitally once they are approved (Meetings page).</source>
      <translation>Le compte rendu pourra être signé électroniquement une fois approuvé (page Réunions).</translation>
    </message>
    <message>
      <source>Signing identity of the {role}</source>
      <translation>Identité de signature du {role}</translation>
    </message>
    <message>
      <source>Passphrase of the {role}</source>
      <translation>Phrase secrète du {role}</translation>
    </message>
    <message>
      <source>Signed digitally by {signers} on {date}. Printing and saving give this signed document.</source>
      <translation>Signé électroniquement par {signers} le {date}. L'impression et l'enregistrement donnent ce document signé.</translation>
    </message>
    <message>
      <source>Type the passphrase of {name}.</source>
      <translation>Tapez la phrase secrète de {name}.</translation>
    </message>
  </context>
  <context>
    <name>Documents</name>
    <message>
      <source>printer</source>
      <translation>imprimante</translation>
    </message>
    <message>
      <source>{title} (signed)</source>
      <translation>{title} (signé)</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialogs</name>
    <message>
      <source>Once approved, the minutes are signed and can no longer change; corrections will be added as dated amendments. Each of you signs in your box with the mouse, a pen or a finger; a box left empty is signed on paper.</source>
      <translation>Une fois approuvé, le compte rendu est signé et ne peut plus changer ; les corrections seront ajoutées en rectificatifs datés. Chacun signe dans son cadre avec la souris, un stylet ou le doigt ; un cadre laissé vide se signe sur le papier.</translation>
    </message>
    <message>
      <source>Signature of the chair</source>
      <translation>Signature du président de séance</translation>
    </message>
    <message>
      <source>Signature of the secretary</source>
      <translation>Signature du secrétaire de séance</translation>
    </message>
  </context>
  <context>
    <name>PrivacyPage</name>
    <message>
      <source>Signed minutes of meeting {id}</source>
      <translation>Compte rendu signé de la réunion {id}</translation>
    </message>
    <message>
      <source>Profile {id}</source>
      <translation>Profil {id}</translation>
    </message>
    <message>
      <source>A profile</source>
      <translation>Un profil</translation>
    </message>
  </context>
  <context>
    <name>LogoDialog</name>
    <message>
      <source>Choose the residence's logo</source>
      <translation>Choisir le logo de la résidence</translation>
    </message>
    <message>
      <source>Logo of the residence</source>
      <translation>Logo de la résidence</translation>
    </message>
    <message>
      <source>The logo is printed at the top left of every document: convocation, attendance sheet, minutes, posting version and register.</source>
      <translation>Le logo est imprimé en haut à gauche de chaque document : convocation, feuille d'émargement, compte rendu, version à afficher et registre.</translation>
    </message>
    <message>
      <source>The logo as it will print</source>
      <translation>Le logo tel qu'il sera imprimé</translation>
    </message>
    <message>
      <source>&amp;Choose a picture…</source>
      <translation>&amp;Choisir une image…</translation>
    </message>
    <message>
      <source>Choose a picture for the logo</source>
      <translation>Choisir une image pour le logo</translation>
    </message>
    <message>
      <source>&amp;Remove the logo</source>
      <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
      <source>Remove the logo</source>
      <translation>Retirer le logo</translation>
    </message>
    <message>
      <source>Reading the picture…</source>
      <translation>Lecture de l'image…</translation>
    </message>
    <message>
      <source>The logo is saved; it will be on every document printed from now on.</source>
      <translation>Le logo est enregistré ; il figurera sur tous les documents imprimés désormais.</translation>
    </message>
    <message>
      <source>The logo is removed.</source>
      <translation>Le logo est retiré.</translation>
    </message>
    <message>
      <source>Pictures ({patterns})</source>
      <translation>Images ({patterns})</translation>
    </message>
    <message>
      <source>No logo: the documents start with the residence's name.</source>
      <translation>Pas de logo : les documents commencent par le nom de la résidence.</translation>
    </message>
  </context>
  <context>
    <name>Places</name>
    <message>
      <source>&amp;Logo for the documents…</source>
      <translation>&amp;Logo des documents…</translation>
    </message>
    <message>
      <source>Logo printed on the documents</source>
      <translation>Logo imprimé sur les documents</translation>
    </message>
  </context>
  <context>
    <name>SigningPanel</name>
    <message>
      <source>Approved minutes, ready to print. Optional: the chair and the secretary can add their digital signatures to the PDF file too, so that anyone can check it was not changed.</source>
      <translation>Compte rendu approuvé, prêt à imprimer. Facultatif : le président et le secrétaire de séance peuvent aussi signer électroniquement le fichier PDF, pour que chacun puisse vérifier qu’il n’a pas été modifié.</translation>
    </message>
  </context>
</TS>
