<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Documents</name>
    <message>
      <source>&amp;To:</source>
      <translation>A&amp;u :</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>The period ends ({end}) before it starts ({start}).</source>
      <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
      <source>{date} — {status}</source>
      <translation>{date} — {status}</translation>
    </message>
    <message>
      <source>&amp;Convocation and agenda</source>
      <translation>&amp;Convocation et ordre du jour</translation>
    </message>
    <message>
      <source>&amp;Attendance sheet</source>
      <translation>&amp;Feuille d’émargement</translation>
    </message>
    <message>
      <source>M&amp;inutes</source>
      <translation>Compte re&amp;ndu</translation>
    </message>
    <message>
      <source>&amp;Posting version, without names</source>
      <translation>Version à &amp;afficher, sans les noms</translation>
    </message>
    <message>
      <source>Complaint &amp;register for a period</source>
      <translation>&amp;Registre des réclamations d’une période</translation>
    </message>
    <message>
      <source>1. Choose the document</source>
      <translation>1. Choisissez le document</translation>
    </message>
    <message>
      <source>2. Then</source>
      <translation>2. Ensuite</translation>
    </message>
    <message>
      <source>&amp;Meeting:</source>
      <translation>Réuni&amp;on :</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <source>Register from</source>
      <translation>Registre à partir du</translation>
    </message>
    <message>
      <source>Register to</source>
      <translation>Registre jusqu’au</translation>
    </message>
    <message>
      <source>Pre&amp;view</source>
      <translation>A&amp;perçu</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>P&amp;rint…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <source>Cancel preparing the document</source>
      <translation>Annuler la préparation du document</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <source>Reading the complaints…</source>
      <translation>lecture des réclamations…</translation>
    </message>
    <message>
      <source>Drawing the register and its charts…</source>
      <translation>mise en page du registre et de ses graphiques…</translation>
    </message>
    <message>
      <source>Preparing the document was cancelled.</source>
      <translation>La préparation du document a été annulée.</translation>
    </message>
    <message>
      <source>convocation</source>
      <translation>convocation</translation>
    </message>
    <message>
      <source>attendance-sheet</source>
      <translation>feuille-emargement</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>compte rendu</translation>
    </message>
    <message>
      <source>minutes-for-posting</source>
      <translation>compte rendu-affichage</translation>
    </message>
    <message>
      <source>There is no meeting yet: plan one on the Meetings page first.</source>
      <translation>Il n’y a encore aucune réunion : préparez-en une d’abord dans la page Réunions.</translation>
    </message>
    <message>
      <source>{document} of the meeting of {date}</source>
      <translation>{document} de la réunion du {date}</translation>
    </message>
    <message>
      <source>Complaint register from {start} to {end}</source>
      <translation>Registre des réclamations du {start} au {end}</translation>
    </message>
    <message>
      <source>Preparing {title}…</source>
      <translation>Préparation : {title}…</translation>
    </message>
    <message>
      <source>Step {step} of {total}: {text}</source>
      <translation>Étape {step} sur {total} : {text}</translation>
    </message>
    <message>
      <source>The document could not be prepared: {reason}</source>
      <translation>Le document n’a pas pu être préparé : {reason}</translation>
    </message>
    <message>
      <source>{title} sent to the printer ({count} pages).</source>
      <translation>{title} : envoyé à l’imprimante ({count} pages).</translation>
    </message>
    <message>
      <source>{title} saved in {path}.</source>
      <translation>{title} : enregistré dans {path}.</translation>
    </message>
    <message>
      <source>register-{start}-{end}</source>
      <translation>registre-{start}-{end}</translation>
    </message>
    <message>
      <source>{title}: {count} pages.</source>
      <translation>{title} : {count} pages.</translation>
    </message>
  </context>
  <context>
    <name>DocumentOutput</name>
    <message>
      <source>Save the document as PDF</source>
      <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print the document</source>
      <translation>Imprimer le document</translation>
    </message>
    <message>
      <source>The printer could not be used. Check that it is switched on and try again.</source>
      <translation>L’imprimante n’a pas pu être utilisée. Vérifiez qu’elle est allumée, puis réessayez.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist; the PDF was not saved.</source>
      <translation>Le dossier {folder} n’existe pas ; le PDF n’a pas été enregistré.</translation>
    </message>
    <message>
      <source>Cannot save {path}: {reason}.</source>
      <translation>Impossible d’enregistrer {path} : {reason}.</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <source>◀ Previous page</source>
      <translation>◀ Page précédente</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <source>Next page ▶</source>
      <translation>Page suivante ▶</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <source>Smaller −</source>
      <translation>Plus petit −</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+−)</source>
      <translation>Réduire (Ctrl+−)</translation>
    </message>
    <message>
      <source>Larger +</source>
      <translation>Plus grand +</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl++)</source>
      <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
      <source>Preview of the document</source>
      <translation>Aperçu du document</translation>
    </message>
    <message>
      <source>Choose a document, then press “Preview”.</source>
      <translation>Choisissez un document, puis appuyez sur « Aperçu ».</translation>
    </message>
    <message>
      <source>Page {number} / {count}</source>
      <translation>Page {number} / {count}</translation>
    </message>
    <message>
      <source>No document</source>
      <translation>Aucun document</translation>
    </message>
    <message>
      <source>Zoom {percent} %</source>
      <translation>Zoom {percent} %</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPage</name>
    <message>
      <source>&amp;Posting version for the entrance hall</source>
      <translation>Version à &amp;afficher dans le hall</translation>
    </message>
  </context>
</TS>
