<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Agenda</name>
    <message>
      <source>Complaint {id}, {category} (“{title}”): not passed to the landlord yet, opened {waited}</source>
      <translation>Réclamation {id}, {category} (« {title} ») : pas encore transmise au bailleur, ouverte {waited}</translation>
    </message>
    <message>
      <source>Complaint {id}, {category} (“{title}”): waiting for the landlord for {waited}, since {date}</source>
      <translation>Réclamation {id}, {category} (« {title} ») : en attente du bailleur depuis {waited} (transmise le {date})</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <source>{count} days</source>
      <translation>{count} jours</translation>
    </message>
    <message>
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>1 day ago</source>
      <translation>il y a 1 jour</translation>
    </message>
    <message>
      <source>{count} days ago</source>
      <translation>il y a {count} jours</translation>
    </message>
    <message>
      <source>Still pending – {building}: 1 complaint</source>
      <translation>Toujours en attente – {building} : 1 réclamation</translation>
    </message>
    <message>
      <source>Still pending – {building}: {count} complaints</source>
      <translation>Toujours en attente – {building} : {count} réclamations</translation>
    </message>
    <message>
      <source>Still pending: 1 complaint</source>
      <translation>Toujours en attente : 1 réclamation</translation>
    </message>
    <message>
      <source>Still pending: {count} complaints</source>
      <translation>Toujours en attente : {count} réclamations</translation>
    </message>
    <message>
      <source>Where do these complaints stand, and what will be done, by when?</source>
      <translation>Où en sont ces réclamations et que sera-t-il fait, dans quel délai ?</translation>
    </message>
  </context>
</TS>
