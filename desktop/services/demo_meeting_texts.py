"""What is said at the demo residence's quarterly meetings, in French.

Data, not interface, like demo_texts: the minutes of a French residence read French whatever the
user's language. Owners of commitments are keys ("technician", "caretaker"...) that the demo
turns into people of the residence. Placeholders: {date}, {due}, {year}, {entrance}, {next}.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACES = (
    "Salle polyvalente des Tilleuls, 8 allée des Tilleuls",
    "Agence Habitat Val de Saône, 14 rue Francis-de-Pressensé, Villeurbanne",
)

# Landlord staff in the order of demo_texts.STAFF, then the other owners of commitments.
STAFF_KEYS = ("sector", "technician", "operations", "rental", "social", "desk")


@dataclass(frozen=True)
class Promise:
    """A commitment taken on a point: who (a key) and what."""

    owner: str
    what: str


@dataclass(frozen=True)
class FormCase:
    """A liaison form: the tenant's question, the category it is about, the landlord's answer."""

    question: str
    category: str | None
    answer: str
    promise: Promise | None = None


FORMS = (
    FormCase("Les boîtes aux lettres du hall sont régulièrement forcées. Le bailleur prévoit-il de les "
             "remplacer par un modèle renforcé ?", "Doors and locks",
             "Le remplacement des boîtes aux lettres de l'entrée est inscrit au programme d'entretien ; "
             "un modèle anti-effraction a été choisi.",
             Promise("technician", "Faire poser des boîtes aux lettres renforcées dans le hall de {entrance}")),
    FormCase("Pourquoi la régularisation des charges de {year} est-elle si élevée pour l'eau chaude ?",
             "Service charges",
             "La hausse vient du prix du gaz (+38 % sur l'année). Le détail par poste sera affiché dans les "
             "halls ; les locataires peuvent consulter les justificatifs à l'agence sur rendez-vous.",
             Promise("rental", "Afficher dans les halls le détail de la régularisation des charges")),
    FormCase("Peut-on installer un banc près de l'aire de jeux ? Les personnes âgées n'ont nulle part où "
             "s'asseoir.", "Green spaces",
             "Accord du bailleur pour deux bancs ; l'emplacement sera choisi avec les correspondants.",
             Promise("sector", "Commander et faire poser deux bancs près de l'aire de jeux")),
    FormCase("Des encombrants sont déposés chaque semaine devant le local poubelles : qui doit les "
             "enlever, et peut-on prévenir les dépôts ?", "Cleanliness of common areas",
             "Le gardien fait enlever les encombrants chaque lundi ; une affiche rappellera les jours de "
             "collecte de la métropole et la déchèterie la plus proche.",
             Promise("caretaker", "Afficher les jours de collecte des encombrants dans les halls")),
    FormCase("Le digicode de {entrance} ne fonctionne plus depuis un mois : quand sera-t-il réparé ?",
             "Intercom",
             "La platine a été commandée ; le délai de livraison annoncé par le fournisseur est de trois "
             "semaines.",
             Promise("technician", "Faire remplacer la platine du digicode de {entrance}")),
    FormCase("Est-il prévu de repeindre la cage d'escalier ? Elle n'a pas été refaite depuis quinze ans.",
             "Other",
             "La peinture des cages d'escalier est prévue au plan d'entretien ; l'entrée sera traitée en "
             "priorité l'an prochain."),
    FormCase("Des pigeons nichent sur les rebords des fenêtres du dernier étage. Des pics peuvent-ils être "
             "posés ?", "Pests",
             "Une entreprise spécialisée passera poser des pics et des filets sur les rebords concernés.",
             Promise("sector", "Faire poser des pics anti-pigeons au dernier étage de {entrance}")),
    FormCase("L'éclairage du parking extérieur s'éteint trop tôt le soir ; peut-on régler la minuterie ?",
             "Lighting",
             "La minuterie a été réglée par le gardien : l'éclairage reste allumé jusqu'à minuit."),
    FormCase("Les radiateurs restent froids le matin : le réglage de la chaufferie peut-il être revu ?",
             "Heating",
             "L'exploitant de chauffage a avancé la relance du matin à 5 h ; un relevé de températures sera "
             "fait dans trois logements de l'entrée.",
             Promise("technician", "Faire relever les températures dans trois logements de {entrance}")),
    FormCase("Quand l'ascenseur de notre entrée sera-t-il remplacé ? Il tombe en panne presque chaque mois.",
             "Lift",
             "Le remplacement complet est programmé ; en attendant, l'ascensoriste a renforcé ses visites "
             "d'entretien (une par mois).",
             Promise("operations", "Communiquer le calendrier du remplacement de l'ascenseur de {entrance}")),
    FormCase("Des jeunes occupent le hall le soir et laissent des déchets : le bailleur peut-il intervenir ?",
             "Safety",
             "Le bailleur a signalé la situation à la police municipale et fera nettoyer le hall le matin "
             "en priorité ; la question sera posée à l'invité de la police municipale."),
    FormCase("Le local vélos est rempli de vélos abandonnés : peut-on organiser un tri ?", "Other",
             "Une étiquette sera posée sur chaque vélo ; ceux qui n'auront pas été réclamés au bout d'un mois "
             "seront enlevés.",
             Promise("caretaker", "Étiqueter les vélos du local et enlever ceux non réclamés")),
    FormCase("Les compteurs d'eau individuels vont-ils être installés comme annoncé l'an dernier ?",
             "Service charges",
             "La pose est confiée à l'entreprise titulaire du marché ; chaque locataire recevra un avis de "
             "passage dix jours avant.",
             Promise("operations", "Transmettre aux correspondants le planning de pose des compteurs d'eau")),
    FormCase("Une demande de mutation vers un logement plus petit a été déposée il y a deux ans : où en "
             "est-elle ?", None,
             "La demande est active ; la conseillère prendra contact avec la locataire pour faire le point "
             "sur les logements adaptés qui se libèrent.",
             Promise("social", "Recevoir la locataire pour faire le point sur sa demande de mutation")),
)

# Answers to a group of complaints, by category (English name as in DEFAULT_CATEGORIES).
COMPLAINT_ANSWERS: dict[str, tuple[tuple[str, Promise | None], ...]] = {
    "Lift": (
        ("L'ascensoriste est intervenu à chaque appel ; la carte de commande a été remplacée. Le bailleur "
         "reconnaît que la fréquence des pannes n'est pas acceptable.",
         Promise("technician", "Faire réaliser un diagnostic complet de l'ascenseur par un bureau de contrôle")),
        ("Les pannes viennent de la porte palière du rez-de-chaussée, souvent forcée. Elle a été renforcée ; "
         "une pénalité a été demandée à l'ascensoriste pour les délais d'intervention.",
         Promise("sector", "Transmettre aux correspondants le relevé des pannes et des délais d'intervention")),
        ("Le remplacement de l'appareil est désormais inscrit au plan de travaux ; les pièces d'usure ont "
         "été changées en attendant.", None),
    ),
    "Heating": (
        ("L'exploitant a purgé les colonnes et rééquilibré le réseau ; les températures relevées sont "
         "revenues à 19 °C.", Promise("technician", "Faire un relevé de températures dans les logements signalés")),
        ("La panne venait d'une pompe de la chaufferie, remplacée sous garantie.", None),
    ),
    "Plumbing": (
        ("Les fuites ont été réparées ; les plafonds abîmés seront repris après séchage.",
         Promise("sector", "Faire reprendre les plafonds endommagés par les fuites")),
        ("Le plombier est passé ; deux interventions relevaient de l'entretien courant du locataire.", None),
    ),
    "Electricity": (
        ("L'électricien a remplacé les disjoncteurs défectueux des parties communes.", None),
    ),
    "Intercom": (
        ("Les combinés ont été reprogrammés ; la platine de rue sera remplacée.",
         Promise("technician", "Faire remplacer la platine d'interphone")),
    ),
    "Doors and locks": (
        ("Les ferme-portes ont été réglés et la ventouse de la porte du hall changée.", None),
        ("La porte du hall sera remplacée par un modèle renforcé ; un devis est signé.",
         Promise("technician", "Faire remplacer la porte du hall")),
    ),
    "Lighting": (
        ("Les détecteurs de présence défaillants ont été changés ; l'éclairage des paliers fonctionne.", None),
    ),
    "Cleanliness of common areas": (
        ("Le prestataire de nettoyage a été rappelé à ses obligations ; un contrôle contradictoire aura lieu "
         "avec un correspondant.", Promise("sector", "Organiser un contrôle du nettoyage avec un correspondant")),
        ("Le gardien a repris le nettoyage des halls ; les tags ont été effacés.", None),
    ),
    "Green spaces": (
        ("L'entreprise d'espaces verts a repris la taille ; les jeux abîmés sont condamnés jusqu'à réparation.",
         None),
    ),
    "Pests": (
        ("Une désinsectisation de toute l'entrée a été faite ; un second passage est prévu dans trois semaines.",
         Promise("sector", "Faire réaliser le second passage de désinsectisation")),
    ),
    "Safety": (
        ("La situation a été signalée à la police municipale ; l'éclairage extérieur a été renforcé.", None),
    ),
    "Neighbourhood disturbance": (
        ("Les locataires concernés ont reçu un courrier de rappel au règlement intérieur ; sans amélioration, "
         "une médiation sera proposée.",
         Promise("rental", "Proposer une médiation si les troubles continuent")),
    ),
    "Service charges": (
        ("Les réclamations ont été reprises une à une ; deux erreurs de répartition seront remboursées sur "
         "le prochain avis d'échéance.", Promise("rental", "Rembourser les erreurs de répartition des charges")),
    ),
}
DEFAULT_COMPLAINT_ANSWERS = (
    ("Les demandes ont été transmises aux services concernés ; le bailleur fera le point par écrit aux "
     "correspondants.", None),
)

NO_ANSWER_REASONS = (
    "Le bailleur attend le rapport de l'entreprise ; réponse à la prochaine réunion.",
    "Question transmise au service gestion locative, qui n'a pas encore répondu.",
    "Le technicien en charge était absent ; la réponse sera donnée par écrit avant la prochaine réunion.",
    "Le devis n'est pas encore validé par la direction du patrimoine.",
)

CARRIED_ANSWERS = (
    "Réponse apportée : le rapport de l'entreprise a été reçu et les travaux sont commandés.",
    "Le service gestion locative a répondu : la demande est acceptée.",
    "Le devis a été validé ; l'intervention aura lieu dans le mois.",
)

FOLLOW_UP_DONE = (
    "Fait le {date}.",
    "Réalisé le {date} ; les correspondants confirment.",
    "Fait le {date}, constaté lors de la tournée du gardien.",
)
FOLLOW_UP_PENDING = (
    "Pas encore fait : l'entreprise n'a pas tenu le délai. Nouvelle échéance annoncée : {due}.",
    "En cours : la commande est passée, livraison attendue pour le {due}.",
)

LANDLORD_INFORMATION = (
    "Travaux {year} : remplacement des ascenseurs des entrées 4 à 6 (bâtiment B) ; la consultation des "
    "entreprises est lancée, le chantier durera environ huit semaines par appareil.",
    "Régularisation des charges : les décomptes seront envoyés fin juin ; le poste chauffage baisse de 6 % "
    "grâce au nouveau contrat d'exploitation.",
    "Réhabilitation thermique du bâtiment C (isolation par l'extérieur, menuiseries) : réunion publique "
    "d'information prévue à l'automne, sans hausse de loyer annoncée.",
    "Enquête de satisfaction : 62 % des locataires de la résidence se disent satisfaits de la propreté, "
    "48 % du traitement des réclamations.",
    "Relogement : deux familles du bâtiment D ont été relogées dans des logements adaptés ; quatre demandes "
    "de mutation restent à l'étude.",
    "Nouveau contrat de nettoyage des parties communes à compter du 1er du mois prochain, avec un contrôle "
    "mensuel en présence d'un correspondant.",
    "Vidéoprotection du parking souterrain du bâtiment D : installation votée, mise en service au trimestre "
    "prochain.",
    "Changement de gardien pour les bâtiments C et D pendant les congés d'été ; les horaires de la loge "
    "seront affichés.",
    "Programme d'entretien {year} : peinture de trois cages d'escalier, remplacement des boîtes aux lettres "
    "du bâtiment A, réfection du revêtement de l'aire de jeux.",
    "Hausse des loyers au 1er janvier limitée à l'indice de référence ; aucune hausse des charges de "
    "gardiennage.",
)

# Guest organisations (as in demo_texts.GUESTS) and what they came to say.
GUEST_SLOTS = {
    "Police municipale de Villeurbanne": (
        "La police municipale présente ses rondes de soirée dans la résidence et rappelle le numéro à "
        "composer en cas de rassemblement dans les halls.",
        "Les locataires demandent des passages plus fréquents le vendredi soir.",
        "Les patrouilles du vendredi seront renforcées pendant deux mois, puis un bilan sera fait.",
    ),
    "Mairie de Villeurbanne, service Habitat": (
        "Le service Habitat présente les aides à l'amélioration du cadre de vie et le futur aménagement "
        "de la rue voisine.",
        "Les correspondants demandent un passage piéton devant l'entrée 1.",
        "La demande est transmise au service voirie de la métropole, qui a déjà prévu un marquage.",
    ),
    "Centre social des Tilleuls": (
        "Le centre social présente son programme : aide aux démarches en ligne le mardi, atelier couture, "
        "accompagnement scolaire.",
        "",
        "",
    ),
}

NEIGHBOURHOOD = (
    ("La fête des voisins est préparée avec le centre social.",
     "Fête des voisins le dernier vendredi de mai sur l'aire de jeux ; l'amicale s'occupe des tables."),
    ("Le jardin partagé a trouvé douze familles volontaires.",
     "Le bailleur prête la parcelle derrière le bâtiment C ; l'amicale rédige la charte du jardin."),
    ("Bilan de la collecte de jouets de Noël, très suivie.",
     "La collecte sera renouvelée en décembre avec le centre social."),
    ("Atelier de tri des déchets proposé par la métropole dans la salle polyvalente.",
     "Atelier retenu pour un samedi matin ; affichage dans les halls par les correspondants."),
)

MINUTES_APPROVED = "Le compte rendu de la réunion du {date} est approuvé à l'unanimité."
MINUTES_APPROVED_WITH_CORRECTION = (
    "Le compte rendu de la réunion du {date} est approuvé ; une erreur sur la date d'intervention annoncée "
    "au point {position} fera l'objet d'un rectificatif joint au compte rendu."
)
AMENDMENT = (
    "Rectificatif adopté en réunion du {date} : au point {position} (« {title} »), l'intervention annoncée "
    "par le bailleur aura lieu la semaine du {due}, et non la semaine précédente comme indiqué."
)
AMENDMENT_WITHOUT_COMMITMENT = (
    "Rectificatif adopté en réunion du {date} : au point {position} (« {title} »), les informations du "
    "bailleur ont été confirmées par écrit aux correspondants le {due}, et non remises en séance."
)
NEXT_MEETING = "Prochaine réunion le {next} à 14 h 30, salle polyvalente des Tilleuls."

# New liaison forms received since the last meeting, for the planned meeting's agenda.
FORMS_AFTER_LAST_MEETING = 2
