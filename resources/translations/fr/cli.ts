<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>CommandLine</name>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>No complaint to show.</source>
      <translation>Aucune réclamation à afficher.</translation>
    </message>
    <message>
      <source>list complaints or people</source>
      <translation>lister les réclamations ou les personnes</translation>
    </message>
    <message>
      <source>List the complaints (the open ones unless --status says otherwise) or the people.</source>
      <translation>Liste les réclamations (celles en cours, sauf indication contraire de --status) ou les personnes.</translation>
    </message>
    <message>
      <source>what to list</source>
      <translation>ce qu'il faut lister</translation>
    </message>
    <message>
      <source>which complaints: open (the default), closed or all</source>
      <translation>quelles réclamations : open (en cours, par défaut), closed (terminées) ou all (toutes)</translation>
    </message>
    <message>
      <source>find complaints by words</source>
      <translation>chercher des réclamations par mots</translation>
    </message>
    <message>
      <source>Find complaints, whatever their status, whose title, description, place or landlord reference contain words starting with those given; accents and capitals do not matter.</source>
      <translation>Cherche les réclamations, quel que soit leur statut, dont le titre, la description, le lieu ou la référence du bailleur contiennent des mots commençant par ceux donnés ; les accents et les majuscules ne comptent pas.</translation>
    </message>
    <message>
      <source>the words to look for</source>
      <translation>les mots à chercher</translation>
    </message>
    <message>
      <source>show at most N results</source>
      <translation>afficher au plus N résultats</translation>
    </message>
    <message>
      <source>print JSON for other programs</source>
      <translation>afficher du JSON pour d'autres programmes</translation>
    </message>
    <message>
      <source>Give at least one word to search for.</source>
      <translation>Donnez au moins un mot à chercher.</translation>
    </message>
    <message>
      <source>--status applies to complaints only, not to people.</source>
      <translation>--status ne s'applique qu'aux réclamations, pas aux personnes.</translation>
    </message>
    <message>
      <source>No complaint matches “{text}”.</source>
      <translation>Aucune réclamation ne correspond à « {text} ».</translation>
    </message>
    <message>
      <source>{option} must be at least {minimum} (you gave {value}).</source>
      <translation>{option} doit valoir au moins {minimum} (vous avez donné {value}).</translation>
    </message>
    <message>
      <source>{option} must be at most {maximum} (you gave {value}).</source>
      <translation>{option} doit valoir au plus {maximum} (vous avez donné {value}).</translation>
    </message>
    <message>
      <source>--status must be open, closed or all, not “{value}”.</source>
      <translation>--status doit valoir open, closed ou all, et non « {value} ».</translation>
    </message>
    <message>
      <source>Nobody is recorded yet.</source>
      <translation>Personne n'est encore enregistré.</translation>
    </message>
    <message>
      <source>{option} needs a whole number, not “{value}”.</source>
      <translation>{option} attend un nombre entier, et non « {value} ».</translation>
    </message>
    <message>
      <source>fill an empty database with a fictional residence, to try Palier</source>
      <translation>remplir une base vide avec une résidence fictive, pour essayer Palier</translation>
    </message>
    <message>
      <source>Fill an empty database with a fictional residence: 4 buildings, 12 entrances, about 300 homes, 40 people and complaints over three years. The same seed always gives the same data.</source>
      <translation>Remplit une base vide avec une résidence fictive : 4 bâtiments, 12 entrées, environ 300 logements, 40 personnes et des réclamations sur trois ans. Une même graine donne toujours les mêmes données.</translation>
    </message>
    <message>
      <source>a number choosing the data (default: 1)</source>
      <translation>un nombre qui choisit les données (par défaut : 1)</translation>
    </message>
    <message>
      <source>how many complaints to create (default: 600)</source>
      <translation>nombre de réclamations à créer (par défaut : 600)</translation>
    </message>
    <message>
      <source>Demo loaded: {residence}, {buildings} buildings, {entrances} entrances, {homes} homes, {people} people and {complaints} complaints ({open} still open).</source>
      <translation>Démo chargée : {residence}, {buildings} bâtiments, {entrances} entrées, {homes} logements, {people} personnes et {complaints} réclamations (dont {open} en cours).</translation>
    </message>
    <message>
      <source>{done} of {total} complaints written</source>
      <translation>{done} réclamations écrites sur {total}</translation>
    </message>
    <message>
      <source>They were opened from {first} to {last}.</source>
      <translation>Elles ont été ouvertes du {first} au {last}.</translation>
    </message>
  </context>
  <context>
    <name>Demo</name>
    <message>
      <source>This database already holds complaints; the demo can only be loaded into an empty database.</source>
      <translation>Cette base contient déjà des réclamations ; la démo ne peut être chargée que dans une base vide.</translation>
    </message>
    <message>
      <source>The number of complaints must be between 0 and {limit}.</source>
      <translation>Le nombre de réclamations doit être compris entre 0 et {limit}.</translation>
    </message>
    <message>
      <source>This database already holds the residence “{name}”; the demo can only be loaded into an empty database.</source>
      <translation>Cette base contient déjà la résidence « {name} » ; la démo ne peut être chargée que dans une base vide.</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>arguments</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>arguments inconnus : %s</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>l’un de ces arguments est obligatoire : %s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>impossible avec l’argument %s</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>un argument attendu</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>au plus un argument attendu</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>au moins un argument attendu</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>%s argument attendu</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>%s arguments attendus</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>argument %r ignoré</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>valeur %(value)r invalide (type %(type)s)</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>choix invalide : %(value)r (au choix : %(choices)s)</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>commande inconnue : %(parser_name)r (au choix : %(choices)s)</translation>
    </message>
    <message>
      <source>can't open '%(filename)s': %(error)s</source>
      <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
      <source>unexpected option string: %s</source>
      <translation>option inattendue : %s</translation>
    </message>
  </context>
</TS>
