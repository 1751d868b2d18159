<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Date</name>
    <message>
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <source>March</source>
      <translation>mars</translation>
    </message>
    <message>
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>décembre</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>lundi</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>mardi</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>mercredi</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>jeudi</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>vendredi</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>samedi</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>dimanche</translation>
    </message>
  </context>
  <context>
    <name>Meeting</name>
    <message>
      <source>Quarterly correspondents' meeting</source>
      <translation>Réunion trimestrielle des correspondants</translation>
    </message>
    <message>
      <source>Local consultation committee</source>
      <translation>Comité local de concertation</translation>
    </message>
    <message>
      <source>Site visit</source>
      <translation>Visite sur place</translation>
    </message>
    <message>
      <source>Other meeting</source>
      <translation>Autre réunion</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <source>Convened</source>
      <translation>Convoquée</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Tenue</translation>
    </message>
    <message>
      <source>Minutes drafted</source>
      <translation>Compte rendu rédigé</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signée</translation>
    </message>
    <message>
      <source>Amended</source>
      <translation>Rectifiée</translation>
    </message>
    <message>
      <source>Tenants</source>
      <translation>Locataires</translation>
    </message>
    <message>
      <source>Landlord</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <source>Guest</source>
      <translation>Invité</translation>
    </message>
    <message>
      <source>Listener</source>
      <translation>Auditeur</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Convoqué</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Présent</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>Excusé</translation>
    </message>
    <message>
      <source>Absent</source>
      <translation>Absent</translation>
    </message>
    <message>
      <source>Represented</source>
      <translation>Représenté</translation>
    </message>
    <message>
      <source>Meeting of {date}</source>
      <translation>Réunion du {date}</translation>
    </message>
    <message>
      <source>The meeting of {date} is signed; its minutes can no longer change. Add a dated amendment instead.</source>
      <translation>La réunion du {date} est signée : son compte rendu ne peut plus changer. Ajoutez plutôt un rectificatif daté.</translation>
    </message>
    <message>
      <source>A meeting needs a date.</source>
      <translation>Une réunion doit avoir une date.</translation>
    </message>
    <message>
      <source>Say who is invited (a person or a name).</source>
      <translation>Indiquez qui est invité (une personne ou un nom).</translation>
    </message>
    <message>
      <source>A liaison form needs the tenant's question.</source>
      <translation>Une fiche de liaison doit contenir la question du locataire.</translation>
    </message>
    <message>
      <source>Give the date the liaison form was received.</source>
      <translation>Indiquez la date de réception de la fiche de liaison.</translation>
    </message>
    <message>
      <source>An amendment needs a text.</source>
      <translation>Un rectificatif doit avoir un texte.</translation>
    </message>
    <message>
      <source>A meeting that is “{current}” cannot become “{target}”.</source>
      <translation>Une réunion « {current} » ne peut pas devenir « {target} ».</translation>
    </message>
    <message>
      <source>The meeting cannot end ({end}) before it starts ({start}).</source>
      <translation>La réunion ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
      <source>The place is too long ({count} characters, at most {limit}).</source>
      <translation>Le lieu est trop long ({count} caractères, {limit} au maximum).</translation>
    </message>
    <message>
      <source>Say who represents {name}.</source>
      <translation>Indiquez qui représente {name}.</translation>
    </message>
    <message>
      <source>{name} cannot leave ({left}) before arriving ({arrived}).</source>
      <translation>{name} ne peut pas partir ({left}) avant d'arriver ({arrived}).</translation>
    </message>
    <message>
      <source>The question is too long ({count} characters, at most {limit}).</source>
      <translation>La question est trop longue ({count} caractères, {limit} au maximum).</translation>
    </message>
    <message>
      <source>Create the residence before planning its meetings.</source>
      <translation>Créez la résidence avant de planifier ses réunions.</translation>
    </message>
    <message>
      <source>The meeting of {date} cannot be closed: {count} point(s) have neither an answer nor a reason for having none yet:</source>
      <translation>La réunion du {date} ne peut pas être clôturée : {count} point(s) n'ont encore ni réponse ni motif d'absence de réponse :</translation>
    </message>
    <message>
      <source>Give the names of the chair and of the secretary who approve the minutes.</source>
      <translation>Indiquez les noms du président et du secrétaire de séance qui approuvent le compte rendu.</translation>
    </message>
    <message>
      <source>point {position}: {title}</source>
      <translation>point {position} : {title}</translation>
    </message>
    <message>
      <source>{meeting}: {reason}</source>
      <translation>{meeting} : {reason}</translation>
    </message>
    <message>
      <source>The meeting of {date} has not begun; complaints are updated from it once it is held.</source>
      <translation>La réunion du {date} n'a pas commencé ; les réclamations y sont mises à jour une fois la réunion ouverte.</translation>
    </message>
    <message>
      <source>Liaison form {id} is already linked to complaint {complaint}.</source>
      <translation>La fiche de liaison {id} est déjà rattachée à la réclamation {complaint}.</translation>
    </message>
    <message>
      <source>There is already a meeting of this kind on {date} (number {id}).</source>
      <translation>Il y a déjà une réunion de ce type le {date} (numéro {id}).</translation>
    </message>
    <message>
      <source>There is no invitation number {id}.</source>
      <translation>Il n'y a pas d'invitation numéro {id}.</translation>
    </message>
    <message>
      <source>{name} is already invited.</source>
      <translation>{name} est déjà invité(e).</translation>
    </message>
    <message>
      <source>There is no liaison form number {id}.</source>
      <translation>Il n'y a pas de fiche de liaison numéro {id}.</translation>
    </message>
    <message>
      <source>This change would alter signed minutes; it was refused. Add a dated amendment to them instead.</source>
      <translation>Cette modification toucherait un compte rendu signé : elle a été refusée. Ajoutez-y plutôt un rectificatif daté.</translation>
    </message>
    <message>
      <source>There is no meeting number {id}.</source>
      <translation>Il n'y a pas de réunion numéro {id}.</translation>
    </message>
    <message>
      <source>Minutes are signed by approving them (chair and secretary).</source>
      <translation>Un compte rendu est signé en l'approuvant (président et secrétaire de séance).</translation>
    </message>
    <message>
      <source>The meeting of {date} has taken place; it cannot be removed.</source>
      <translation>La réunion du {date} a eu lieu : elle ne peut pas être supprimée.</translation>
    </message>
    <message>
      <source>The minutes of the meeting of {date} are not signed yet: correct them directly.</source>
      <translation>Le compte rendu de la réunion du {date} n'est pas encore signé : corrigez-le directement.</translation>
    </message>
  </context>
  <context>
    <name>Agenda</name>
    <message>
      <source>Approval of the previous minutes</source>
      <translation>Approbation du compte rendu précédent</translation>
    </message>
    <message>
      <source>Commitment follow-up</source>
      <translation>Suivi d'un engagement</translation>
    </message>
    <message>
      <source>Carried point</source>
      <translation>Point reporté</translation>
    </message>
    <message>
      <source>Liaison form</source>
      <translation>Fiche de liaison</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Réclamations</translation>
    </message>
    <message>
      <source>Landlord information</source>
      <translation>Informations du bailleur</translation>
    </message>
    <message>
      <source>Guest slot</source>
      <translation>Intervention d'un invité</translation>
    </message>
    <message>
      <source>Neighbourhood life</source>
      <translation>Vie du quartier</translation>
    </message>
    <message>
      <source>Date of the next meeting</source>
      <translation>Date de la prochaine réunion</translation>
    </message>
    <message>
      <source>Other point</source>
      <translation>Autre point</translation>
    </message>
    <message>
      <source>Has this commitment been kept?</source>
      <translation>Cet engagement a-t-il été tenu ?</translation>
    </message>
    <message>
      <source>Landlord information: works, service charges, rehousing</source>
      <translation>Informations du bailleur : travaux, charges, relogements</translation>
    </message>
    <message>
      <source>Neighbourhood life and events</source>
      <translation>Vie du quartier et animations</translation>
    </message>
    <message>
      <source>Follow-up: {what} ({owner})</source>
      <translation>Suivi : {what} ({owner})</translation>
    </message>
    <message>
      <source>Follow-up: {what} ({owner}, due {date})</source>
      <translation>Suivi : {what} ({owner}, échéance le {date})</translation>
    </message>
    <message>
      <source>Follow-up: {what} ({owner}, due {date}, LATE)</source>
      <translation>Suivi : {what} ({owner}, échéance le {date}, EN RETARD)</translation>
    </message>
    <message>
      <source>Liaison form, {entrance}: {summary}</source>
      <translation>Fiche de liaison, {entrance} : {summary}</translation>
    </message>
    <message>
      <source>Liaison form: {summary}</source>
      <translation>Fiche de liaison : {summary}</translation>
    </message>
    <message>
      <source>Where does complaint {id} (“{title}”) stand, and what will be done, by when?</source>
      <translation>Où en est la réclamation {id} (« {title} ») et que sera-t-il fait, dans quel délai ?</translation>
    </message>
    <message>
      <source>Where do complaints {ids} stand, and what will be done, by when?</source>
      <translation>Où en sont les réclamations {ids} et que sera-t-il fait, dans quel délai ?</translation>
    </message>
    <message>
      <source>Date of the next meeting (proposed: {date})</source>
      <translation>Date de la prochaine réunion (proposée : {date})</translation>
    </message>
    <message>
      <source>{category} – {building}: 1 complaint</source>
      <translation>{category} – {building} : 1 réclamation</translation>
    </message>
    <message>
      <source>{category}: 1 complaint</source>
      <translation>{category} : 1 réclamation</translation>
    </message>
    <message>
      <source>{category} – {building}: {count} complaints</source>
      <translation>{category} – {building} : {count} réclamations</translation>
    </message>
    <message>
      <source>{category}: {count} complaints</source>
      <translation>{category} : {count} réclamations</translation>
    </message>
    <message>
      <source>Approval of the minutes of the meeting of {date}</source>
      <translation>Approbation du compte rendu de la réunion du {date}</translation>
    </message>
    <message>
      <source>A duration is a whole number of minutes.</source>
      <translation>Une durée est un nombre entier de minutes.</translation>
    </message>
    <message>
      <source>An agenda point needs a title.</source>
      <translation>Un point de l'ordre du jour doit avoir un titre.</translation>
    </message>
    <message>
      <source>Choose at least two points to merge.</source>
      <translation>Choisissez au moins deux points à fusionner.</translation>
    </message>
    <message>
      <source>Only points of the same agenda can be merged.</source>
      <translation>Seuls des points du même ordre du jour peuvent être fusionnés.</translation>
    </message>
    <message>
      <source>The new order must list every point of the agenda once.</source>
      <translation>Le nouvel ordre doit citer une fois chaque point de l'ordre du jour.</translation>
    </message>
    <message>
      <source>There is no agenda point number {id}.</source>
      <translation>Il n'y a pas de point de l'ordre du jour numéro {id}.</translation>
    </message>
    <message>
      <source>The title is too long ({count} characters, at most {limit}).</source>
      <translation>Le titre est trop long ({count} caractères, {limit} au maximum).</translation>
    </message>
  </context>
  <context>
    <name>Commitment</name>
    <message>
      <source>Open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Tenu</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Say what was promised.</source>
      <translation>Indiquez ce qui a été promis.</translation>
    </message>
    <message>
      <source>Say who made the commitment.</source>
      <translation>Indiquez qui a pris l'engagement.</translation>
    </message>
    <message>
      <source>Give the date the commitment was kept.</source>
      <translation>Indiquez la date à laquelle l'engagement a été tenu.</translation>
    </message>
    <message>
      <source>The commitment is too long ({count} characters, at most {limit}).</source>
      <translation>L'engagement est trop long ({count} caractères, {limit} au maximum).</translation>
    </message>
    <message>
      <source>Say on which agenda point the commitment was made.</source>
      <translation>Indiquez sur quel point de l'ordre du jour l'engagement a été pris.</translation>
    </message>
    <message>
      <source>This commitment has been kept; it has no due date to change.</source>
      <translation>Cet engagement a été tenu ; il n'a plus d'échéance à changer.</translation>
    </message>
    <message>
      <source>There is no commitment number {id}.</source>
      <translation>Il n'y a pas d'engagement numéro {id}.</translation>
    </message>
  </context>
  <context>
    <name>Thread</name>
    <message>
      <source>Complaint opened</source>
      <translation>Réclamation ouverte</translation>
    </message>
    <message>
      <source>Complaint status</source>
      <translation>Statut de la réclamation</translation>
    </message>
    <message>
      <source>On the agenda</source>
      <translation>À l'ordre du jour</translation>
    </message>
    <message>
      <source>Landlord's answer</source>
      <translation>Réponse du bailleur</translation>
    </message>
    <message>
      <source>No answer yet</source>
      <translation>Pas encore de réponse</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Commitment</source>
      <translation>Engagement</translation>
    </message>
    <message>
      <source>Commitment kept</source>
      <translation>Engagement tenu</translation>
    </message>
    <message>
      <source>Choose a building, an entrance, a category or words to follow.</source>
      <translation>Choisissez un bâtiment, une entrée, une catégorie ou des mots à suivre.</translation>
    </message>
    <message>
      <source>{meeting}, point {position}: {title}</source>
      <translation>{meeting}, point {position} : {title}</translation>
    </message>
    <message>
      <source>{owner}: {what} (by {due})</source>
      <translation>{owner} : {what} (pour le {due})</translation>
    </message>
    <message>
      <source>{owner}: {what}</source>
      <translation>{owner} : {what}</translation>
    </message>
    <message>
      <source>Complaint {id} opened ({place})</source>
      <translation>Réclamation {id} ouverte ({place})</translation>
    </message>
    <message>
      <source>Complaint {id}: {before} → {after}</source>
      <translation>Réclamation {id} : {before} → {after}</translation>
    </message>
  </context>
  <context>
    <name>CommandLine</name>
    <message>
      <source>list complaints, people, meetings or commitments</source>
      <translation>lister les réclamations, les personnes, les réunions ou les engagements</translation>
    </message>
    <message>
      <source>List the complaints (the open ones unless --status says otherwise), the people, the meetings or the commitments (all of them unless --status says otherwise).</source>
      <translation>Liste les réclamations (celles en cours, sauf indication contraire de --status), les personnes, les réunions ou les engagements (tous, sauf indication contraire de --status).</translation>
    </message>
    <message>
      <source>which complaints: open (the default), closed or all; which commitments: open, done or late</source>
      <translation>quelles réclamations : open (en cours, par défaut), closed (terminées) ou all (toutes) ; quels engagements : open (en cours), done (tenus) ou late (en retard)</translation>
    </message>
    <message>
      <source>--status applies to complaints and commitments, not to people.</source>
      <translation>--status s'applique aux réclamations et aux engagements, pas aux personnes.</translation>
    </message>
    <message>
      <source>--status applies to complaints and commitments, not to meetings.</source>
      <translation>--status s'applique aux réclamations et aux engagements, pas aux réunions.</translation>
    </message>
    <message>
      <source>show, plan or close a meeting</source>
      <translation>afficher, planifier ou clôturer une réunion</translation>
    </message>
    <message>
      <source>Show a meeting's minutes, plan the next meeting with its proposed agenda, or close a meeting that was held.</source>
      <translation>Affiche le compte rendu d'une réunion, planifie la prochaine réunion avec l'ordre du jour proposé, ou clôture une réunion qui a eu lieu.</translation>
    </message>
    <message>
      <source>show a meeting: attendance, agenda, answers, commitments</source>
      <translation>afficher une réunion : présences, ordre du jour, réponses, engagements</translation>
    </message>
    <message>
      <source>the meeting's number (see: list meetings)</source>
      <translation>le numéro de la réunion (voir : list meetings)</translation>
    </message>
    <message>
      <source>plan a meeting with the proposed agenda</source>
      <translation>planifier une réunion avec l'ordre du jour proposé</translation>
    </message>
    <message>
      <source>Create a meeting with the standard agenda built from the commitments still open, the points left without an answer last time, the new liaison forms and the complaints opened or changed since the last meeting; the representatives, caretakers and landlord staff are invited.</source>
      <translation>Crée une réunion avec l'ordre du jour type, construit à partir des engagements encore en cours, des points restés sans réponse la dernière fois, des nouvelles fiches de liaison et des réclamations ouvertes ou modifiées depuis la dernière réunion ; les correspondants, les gardiens et le personnel du bailleur sont invités.</translation>
    </message>
    <message>
      <source>the day of the meeting (default: one quarter after the last one, same weekday)</source>
      <translation>le jour de la réunion (par défaut : un trimestre après la dernière, le même jour de la semaine)</translation>
    </message>
    <message>
      <source>the kind of meeting (default: quarterly)</source>
      <translation>le type de réunion (par défaut : quarterly, la réunion trimestrielle)</translation>
    </message>
    <message>
      <source>close a meeting that was held</source>
      <translation>clôturer une réunion qui a eu lieu</translation>
    </message>
    <message>
      <source>Close a held meeting. It is refused, with the list of the points concerned, while a question has neither an answer nor a reason for having none; the points without an answer are carried to the next meeting.</source>
      <translation>Clôture une réunion qui a eu lieu. La clôture est refusée, avec la liste des points concernés, tant qu'une question n'a ni réponse ni motif d'absence de réponse ; les points restés sans réponse sont reportés à la réunion suivante.</translation>
    </message>
    <message>
      <source>Commitment: {owner}, {what} ({state})</source>
      <translation>Engagement : {owner}, {what} ({state})</translation>
    </message>
    <message>
      <source>Commitment: {owner}, {what}, by {due} ({state})</source>
      <translation>Engagement : {owner}, {what}, pour le {due} ({state})</translation>
    </message>
    <message>
      <source>Question:</source>
      <translation>Question :</translation>
    </message>
    <message>
      <source>Answer:</source>
      <translation>Réponse :</translation>
    </message>
    <message>
      <source>No answer yet, because:</source>
      <translation>Pas encore de réponse, car :</translation>
    </message>
    <message>
      <source>Decision:</source>
      <translation>Décision :</translation>
    </message>
    <message>
      <source>Complaints:</source>
      <translation>Réclamations :</translation>
    </message>
    <message>
      <source>Liaison forms:</source>
      <translation>Fiches de liaison :</translation>
    </message>
    <message>
      <source>Nobody is invited yet.</source>
      <translation>Personne n'est encore invité.</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>Amendments</source>
      <translation>Rectificatifs</translation>
    </message>
    <message>
      <source>Meeting {id}: {kind}</source>
      <translation>Réunion {id} : {kind}</translation>
    </message>
    <message>
      <source>Date: {when}</source>
      <translation>Date : {when}</translation>
    </message>
    <message>
      <source>Place: {place}</source>
      <translation>Lieu : {place}</translation>
    </message>
    <message>
      <source>{status} (approved by {chair}, chair, and {secretary}, secretary, on {date})</source>
      <translation>{status} (compte rendu approuvé par {chair}, président(e), et {secretary}, secrétaire de séance, le {date})</translation>
    </message>
    <message>
      <source>{presence} by {name}</source>
      <translation>{presence} par {name}</translation>
    </message>
    <message>
      <source>Meeting {id} planned on {date}: {points} agenda points, {people} people invited.</source>
      <translation>Réunion {id} prévue le {date} : {points} points à l'ordre du jour, {people} personnes invitées.</translation>
    </message>
    <message>
      <source>The meeting of {date} is closed; its minutes are drafted. Points carried to the next meeting: {count}.</source>
      <translation>La réunion du {date} est clôturée ; son compte rendu est rédigé. Points reportés à la réunion suivante : {count}.</translation>
    </message>
    <message>
      <source>No meeting is recorded yet.</source>
      <translation>Aucune réunion n'est encore enregistrée.</translation>
    </message>
    <message>
      <source>No commitment to show.</source>
      <translation>Aucun engagement à afficher.</translation>
    </message>
    <message>
      <source>--status of commitments must be open, done or late, not “{value}”.</source>
      <translation>--status des engagements doit valoir open, done ou late, pas « {value} ».</translation>
    </message>
    <message>
      <source>No meeting has been held yet: give the date with --date YYYY-MM-DD.</source>
      <translation>Aucune réunion n'a encore eu lieu : donnez la date avec --date AAAA-MM-JJ.</translation>
    </message>
    <message>
      <source>{option} needs a date written YYYY-MM-DD, not “{value}”.</source>
      <translation>{option} attend une date écrite AAAA-MM-JJ, pas « {value} ».</translation>
    </message>
    <message>
      <source>Carried from the meeting of {date}.</source>
      <translation>Reporté de la réunion du {date}.</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Côté</translation>
    </message>
    <message>
      <source>Presence</source>
      <translation>Présence</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Commitment</source>
      <translation>Engagement</translation>
    </message>
  </context>
</TS>