<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>LiaisonFormDialog</name>
    <message>
      <source>Write the question as the tenant asked it. Stay factual: no health information, no judgement about a person, no accusation of an offence.</source>
      <translation>Recopiez la question telle que le locataire l’a posée. Restez factuel : aucune information de santé, aucun jugement sur une personne, aucune accusation d’infraction.</translation>
    </message>
    <message>
      <source>A person of the register, or type a name</source>
      <translation>Une personne du fichier, ou tapez un nom</translation>
    </message>
    <message>
      <source>&amp;Keep the asker's name confidential</source>
      <translation>&amp;Garder confidentiel le nom du demandeur</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(non précisé)</translation>
    </message>
    <message>
      <source>Number, if it is about a complaint</source>
      <translation>Numéro, si elle concerne une réclamation</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Save the liaison form</source>
      <translation>Enregistrer la fiche de liaison</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <source>Category of the new complaint</source>
      <translation>Catégorie de la nouvelle réclamation</translation>
    </message>
    <message>
      <source>&amp;Create the complaint</source>
      <translation>C&amp;réer la réclamation</translation>
    </message>
    <message>
      <source>Complaint &amp;number:</source>
      <translation>&amp;Numéro de la réclamation :</translation>
    </message>
    <message>
      <source>Number of the complaint</source>
      <translation>Numéro de la réclamation</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Lier</translation>
    </message>
    <message>
      <source>New liaison form</source>
      <translation>Nouvelle fiche de liaison</translation>
    </message>
    <message>
      <source>&amp;Question:</source>
      <translation>&amp;Question :</translation>
    </message>
    <message>
      <source>The tenant's question</source>
      <translation>La question du locataire</translation>
    </message>
    <message>
      <source>&amp;Asked by:</source>
      <translation>&amp;Posée par :</translation>
    </message>
    <message>
      <source>Who asked the question</source>
      <translation>Qui a posé la question</translation>
    </message>
    <message>
      <source>Keep the asker's name confidential</source>
      <translation>Garder confidentiel le nom du demandeur</translation>
    </message>
    <message>
      <source>&amp;Entrance:</source>
      <translation>En&amp;trée :</translation>
    </message>
    <message>
      <source>Entrance of the asker</source>
      <translation>Entrée du demandeur</translation>
    </message>
    <message>
      <source>&amp;Received on:</source>
      <translation>&amp;Reçue le :</translation>
    </message>
    <message>
      <source>Date the liaison form was received</source>
      <translation>Date de réception de la fiche de liaison</translation>
    </message>
    <message>
      <source>C&amp;ollected by:</source>
      <translation>Re&amp;cueillie par :</translation>
    </message>
    <message>
      <source>Representative who collected the form</source>
      <translation>Correspondant qui a recueilli la fiche</translation>
    </message>
    <message>
      <source>&amp;Linked complaint:</source>
      <translation>Réc&amp;lamation liée :</translation>
    </message>
    <message>
      <source>Number of the linked complaint</source>
      <translation>Numéro de la réclamation liée</translation>
    </message>
    <message>
      <source>The linked complaint must be given by its number.</source>
      <translation>Indiquez la réclamation liée par son numéro.</translation>
    </message>
    <message>
      <source>Choose a category for the complaint.</source>
      <translation>Choisissez une catégorie pour la réclamation.</translation>
    </message>
    <message>
      <source>Turn liaison form {id} into a complaint</source>
      <translation>Transformer la fiche de liaison {id} en réclamation</translation>
    </message>
    <message>
      <source>The complaint takes the question, the asker (confidential or not), the entrance and the date of the liaison form:
“{question}”</source>
      <translation>La réclamation reprend la question, le demandeur (confidentiel ou non), l’entrée et la date de la fiche de liaison :
« {question} »</translation>
    </message>
    <message>
      <source>Link liaison form {id} to a complaint</source>
      <translation>Lier la fiche de liaison {id} à une réclamation</translation>
    </message>
    <message>
      <source>Liaison form {id}: “{question}”
Leave the number empty to remove the link.</source>
      <translation>Fiche de liaison {id} : « {question} »
Laissez le numéro vide pour retirer le lien.</translation>
    </message>
    <message>
      <source>Liaison form {id}</source>
      <translation>Fiche de liaison {id}</translation>
    </message>
  </context>
  <context>
    <name>LiaisonForms</name>
    <message>
      <source>Received</source>
      <translation>Reçue le</translation>
    </message>
    <message>
      <source>Entrance</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Posée par</translation>
    </message>
    <message>
      <source>Collected by</source>
      <translation>Recueillie par</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>On the agenda of</source>
      <translation>À l’ordre du jour du</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>Réclamation</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Pas encore</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Afficher :</translation>
    </message>
    <message>
      <source>Which liaison forms to show</source>
      <translation>Quelles fiches de liaison afficher</translation>
    </message>
    <message>
      <source>All liaison forms</source>
      <translation>Toutes les fiches de liaison</translation>
    </message>
    <message>
      <source>Not yet on an agenda</source>
      <translation>Pas encore à un ordre du jour</translation>
    </message>
    <message>
      <source>Liaison forms</source>
      <translation>Fiches de liaison</translation>
    </message>
    <message>
      <source>Select a liaison form to read its whole question.</source>
      <translation>Choisissez une fiche de liaison pour lire sa question en entier.</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>confidentiel</translation>
    </message>
    <message>
      <source>&amp;New liaison form</source>
      <translation>&amp;Nouvelle fiche de liaison</translation>
    </message>
    <message>
      <source>Record a new liaison form (Insert key)</source>
      <translation>Saisir une nouvelle fiche de liaison (touche Inser)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>Edit the selected liaison form (Enter key)</source>
      <translation>Modifier la fiche de liaison choisie (touche Entrée)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Remove the selected liaison form</source>
      <translation>Supprimer la fiche de liaison choisie</translation>
    </message>
    <message>
      <source>&amp;Turn into a complaint…</source>
      <translation>&amp;Transformer en réclamation…</translation>
    </message>
    <message>
      <source>Turn the selected liaison form into a complaint</source>
      <translation>Transformer la fiche de liaison choisie en réclamation</translation>
    </message>
    <message>
      <source>&amp;Link to a complaint…</source>
      <translation>&amp;Lier à une réclamation…</translation>
    </message>
    <message>
      <source>Link the selected liaison form to a complaint</source>
      <translation>Lier la fiche de liaison choisie à une réclamation</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>non précisé</translation>
    </message>
    <message>
      <source>Liaison form {id}, received on {date}, asked by: {asker}</source>
      <translation>Fiche de liaison {id}, reçue le {date}, posée par : {asker}</translation>
    </message>
    <message>
      <source>Remove a liaison form</source>
      <translation>Supprimer une fiche de liaison</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Liaison form {id} saved</source>
      <translation>Fiche de liaison {id} enregistrée</translation>
    </message>
    <message>
      <source>Liaison form {id} removed</source>
      <translation>Fiche de liaison {id} supprimée</translation>
    </message>
    <message>
      <source>Complaint {number} created from the liaison form</source>
      <translation>Réclamation {number} créée à partir de la fiche de liaison</translation>
    </message>
    <message>
      <source>Remove liaison form {id} (“{question}”)? This cannot be undone.</source>
      <translation>Supprimer la fiche de liaison {id} (« {question} ») ? C’est définitif.</translation>
    </message>
  </context>
</TS>
