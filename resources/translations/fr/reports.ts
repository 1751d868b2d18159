<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Reports</name>
    <message>
      <source>the convocation with the agenda</source>
      <translation>la convocation avec l’ordre du jour</translation>
    </message>
    <message>
      <source>the attendance sheet</source>
      <translation>la feuille d’émargement</translation>
    </message>
    <message>
      <source>the minutes</source>
      <translation>le compte rendu</translation>
    </message>
    <message>
      <source>the posting version of the minutes</source>
      <translation>la version à afficher du compte rendu</translation>
    </message>
    <message>
      <source>print a meeting's documents to PDF</source>
      <translation>imprimer les documents d’une réunion en PDF</translation>
    </message>
    <message>
      <source>Write a meeting's convocation with its agenda (agenda), its attendance sheet (attendance), its minutes (minutes) or the version of the minutes for posting in the entrance hall, without tenants' names (posting), as an A4 PDF file.</source>
      <translation>Écrire, dans un fichier PDF au format A4, la convocation d’une réunion avec son ordre du jour (agenda), sa feuille d’émargement (attendance), son compte rendu (minutes) ou la version du compte rendu à afficher dans le hall, sans nom de locataire (posting).</translation>
    </message>
    <message>
      <source>agenda, attendance, minutes or posting</source>
      <translation>agenda, attendance, minutes ou posting</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
      <source>Wrote {document} of the meeting of {date} to {path}.</source>
      <translation>Fichier {path} écrit : {document} de la réunion du {date}.</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name ending in .pdf.</source>
      <translation>{path} est un dossier ; donnez un nom de fichier se terminant par .pdf.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist; the PDF was not written.</source>
      <translation>Le dossier {folder} n’existe pas ; le PDF n’a pas été écrit.</translation>
    </message>
    <message>
      <source>--out needs a file name ending in .pdf, not “{path}”.</source>
      <translation>--out attend un nom de fichier se terminant par .pdf, pas « {path} ».</translation>
    </message>
    <message>
      <source>Cannot write {path}: {reason}.</source>
      <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
      <source>Attendance sheet</source>
      <translation>Feuille d’émargement</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Signature of the chair:</source>
      <translation>Signature du président de séance :</translation>
    </message>
    <message>
      <source>Number of people present certified by the chair:</source>
      <translation>Nombre de personnes présentes certifié par le président de séance :</translation>
    </message>
    <message>
      <source>Page {page} / {pages}</source>
      <translation>Page {page} / {pages}</translation>
    </message>
    <message>
      <source>Fingerprint: {fingerprint}</source>
      <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
      <source>Convocation</source>
      <translation>Convocation</translation>
    </message>
    <message>
      <source>You are invited to the {kind} on {date} at {time}, at: {place}.</source>
      <translation>Vous êtes invité(e) à la réunion suivante : {kind}, le {date} à {time}. Lieu : {place}.</translation>
    </message>
    <message>
      <source>You are invited to the {kind} on {date} at {time}.</source>
      <translation>Vous êtes invité(e) à la réunion suivante : {kind}, le {date} à {time}.</translation>
    </message>
    <message>
      <source>You are invited to the {kind} on {date}, at: {place}.</source>
      <translation>Vous êtes invité(e) à la réunion suivante : {kind}, le {date}. Lieu : {place}.</translation>
    </message>
    <message>
      <source>You are invited to the {kind} on {date}.</source>
      <translation>Vous êtes invité(e) à la réunion suivante : {kind}, le {date}.</translation>
    </message>
    <message>
      <source>Tenants may hand their questions to their building representative before the meeting, on a liaison form.</source>
      <translation>Les locataires peuvent remettre leurs questions à leur correspondant d’immeuble avant la réunion, sur une fiche de liaison.</translation>
    </message>
    <message>
      <source>Point</source>
      <translation>Point</translation>
    </message>
    <message>
      <source>Unknown document “{kind}”: choose one of {choices}.</source>
      <translation>Document « {kind} » inconnu : choisissez parmi {choices}.</translation>
    </message>
    <message>
      <source>Residence:</source>
      <translation>Résidence :</translation>
    </message>
    <message>
      <source>Date:</source>
      <translation>Date :</translation>
    </message>
    <message>
      <source>Discussion:</source>
      <translation>Échanges :</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>{date}, from {start} to {end}</source>
      <translation>{date}, de {start} à {end}</translation>
    </message>
    <message>
      <source>{date} at {start}</source>
      <translation>{date} à {start}</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Lieu :</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>{owner}: {what}, by {date}</source>
      <translation>{owner} : {what}, pour le {date}</translation>
    </message>
    <message>
      <source>none recorded.</source>
      <translation>aucune n’a été notée.</translation>
    </message>
    <message>
      <source>Commitment:</source>
      <translation>Engagement :</translation>
    </message>
    <message>
      <source>Commitments made at this meeting</source>
      <translation>Engagements pris lors de cette réunion</translation>
    </message>
    <message>
      <source>{date}:</source>
      <translation>{date} :</translation>
    </message>
    <message>
      <source>The chair</source>
      <translation>Le président de séance</translation>
    </message>
    <message>
      <source>The secretary</source>
      <translation>Le secrétaire de séance</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Diffusion</translation>
    </message>
    <message>
      <source>Participants invited:</source>
      <translation>Participants invités :</translation>
    </message>
    <message>
      <source>Landlord:</source>
      <translation>Bailleur :</translation>
    </message>
    <message>
      <source>Agenda and answers</source>
      <translation>Ordre du jour et réponses</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>To be set.</source>
      <translation>À fixer.</translation>
    </message>
    <message>
      <source>Nobody was invited.</source>
      <translation>Personne n’a été invité.</translation>
    </message>
    <message>
      <source>Represented by {name}</source>
      <translation>Représenté(e) par {name}</translation>
    </message>
    <message>
      <source>No commitment was made.</source>
      <translation>Aucun engagement n’a été pris.</translation>
    </message>
    <message>
      <source>{landlord}, services concerned</source>
      <translation>{landlord}, services concernés</translation>
    </message>
    <message>
      <source>Minutes – version for posting</source>
      <translation>Compte rendu – version à afficher</translation>
    </message>
    <message>
      <source>Version for posting</source>
      <translation>Version à afficher</translation>
    </message>
    <message>
      <source>[name withheld]</source>
      <translation>[nom retiré]</translation>
    </message>
    <message>
      <source>[home withheld]</source>
      <translation>[logement retiré]</translation>
    </message>
    <message>
      <source>Tenants present as listeners: {count}.</source>
      <translation>Locataires présents dans le public : {count}.</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Compte rendu</translation>
    </message>
    <message>
      <source>agenda, attendance, minutes, posting or register</source>
      <translation>agenda, attendance, minutes, posting ou register</translation>
    </message>
    <message>
      <source>register: the first day of the period</source>
      <translation>register : le premier jour de la période</translation>
    </message>
    <message>
      <source>register: the last day of the period</source>
      <translation>register : le dernier jour de la période</translation>
    </message>
    <message>
      <source>Say which meeting with --meeting ID (see: list meetings).</source>
      <translation>Indiquez la réunion avec --meeting NUMÉRO (voir : list meetings).</translation>
    </message>
    <message>
      <source>The register needs a period: --from YYYY-MM-DD --to YYYY-MM-DD.</source>
      <translation>Le registre demande une période : --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
      <source>Wrote the register of {count} complaints opened from {start} to {end} to {path}.</source>
      <translation>Fichier {path} écrit : registre de {count} réclamations ouvertes du {start} au {end}.</translation>
    </message>
    <message>
      <source>Complaint register and statistics</source>
      <translation>Registre des réclamations et statistiques</translation>
    </message>
    <message>
      <source>Whole residence</source>
      <translation>Toute la résidence</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>Encore ouvertes</translation>
    </message>
    <message>
      <source>Complaints opened in the period:</source>
      <translation>Réclamations ouvertes sur la période :</translation>
    </message>
    <message>
      <source>Still open today:</source>
      <translation>Encore ouvertes aujourd’hui :</translation>
    </message>
    <message>
      <source>Complaints opened from {start} to {end}</source>
      <translation>Réclamations ouvertes du {start} au {end}</translation>
    </message>
    <message>
      <source>By category</source>
      <translation>Par catégorie</translation>
    </message>
    <message>
      <source>By building</source>
      <translation>Par bâtiment</translation>
    </message>
    <message>
      <source>By status</source>
      <translation>Par statut</translation>
    </message>
    <message>
      <source>Median time to resolve:</source>
      <translation>Délai médian de résolution :</translation>
    </message>
    <message>
      <source>Longest time to resolve:</source>
      <translation>Délai de résolution le plus long :</translation>
    </message>
    <message>
      <source>The oldest complaints still open</source>
      <translation>Les plus anciennes réclamations encore ouvertes</translation>
    </message>
    <message>
      <source>The register</source>
      <translation>Le registre</translation>
    </message>
    <message>
      <source>The period ends ({end}) before it starts ({start}).</source>
      <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Attente</translation>
    </message>
    <message>
      <source>No complaint was opened in this period.</source>
      <translation>Aucune réclamation n’a été ouverte sur cette période.</translation>
    </message>
    <message>
      <source>{days} days (complaint {id})</source>
      <translation>{days} jours (réclamation {id})</translation>
    </message>
    <message>
      <source>Opened on</source>
      <translation>Ouverte le</translation>
    </message>
  </context>
  <context>
    <name>Minutes</name>
    <message>
      <source>Proposed: {date}, to be confirmed.</source>
      <translation>Proposée : {date}, à confirmer.</translation>
    </message>
  </context>
</TS>
