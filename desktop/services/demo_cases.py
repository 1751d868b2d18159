"""What the demo's complaints say, category by category, in French.

Each case is a title with the places it can be about and the sentences that fit it, so a
"lift stuck" complaint is about a lift and never about the bin room. Placeholders ({floor},
{days}, {temp}, {hour}, {weekday}, {year}, {amount}) are filled in when a complaint is made.
Place kinds are "home", "entrance", "building" or a CommonAreaKind value.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.complaints import Urgency
from desktop.domain.people import LandlordService


@dataclass(frozen=True)
class Case:
    """One kind of complaint: its title, where it happens and what the description says."""

    title: str
    places: tuple[str, ...]
    details: tuple[str, ...]


@dataclass(frozen=True)
class CategoryPlan:
    """How complaints of one category look: how often, how urgent, who handles them, how long."""

    category: str                    # English name, as in DEFAULT_CATEGORIES
    weight: int                      # relative frequency
    services: tuple[tuple[LandlordService, int], ...]
    urgencies: tuple[tuple[Urgency, int], ...]
    fix_days: tuple[int, int]        # days from work starting to resolution
    cases: tuple[Case, ...]
    extras: tuple[str, ...] = ()     # sentences that fit any case of the category


_N, _H, _U, _L = Urgency.NORMAL, Urgency.HIGH, Urgency.URGENT, Urgency.LOW
_PROX, _LOC, _WORKS, _DESK = (
    LandlordService.PROXIMITY, LandlordService.RENTAL_MANAGEMENT, LandlordService.WORKS,
    LandlordService.COMPLAINTS_DESK,
)
_HOME = ("home",)
_LIFT = ("lift",)

LIFT = CategoryPlan(
    "Lift", 16, ((_PROX, 6), (_WORKS, 3), (_DESK, 1)), ((_N, 3), (_H, 5), (_U, 2)), (1, 12),
    (
        Case("Ascenseur en panne", _LIFT, (
            "L'ascenseur est de nouveau à l'arrêt. Les personnes âgées du {floor} ne peuvent plus sortir.",
            "Panne signalée au gardien le {weekday} matin ; l'ascensoriste n'est pas encore passé.",
        )),
        Case("Ascenseur à l'arrêt depuis {days} jours", _LIFT, (
            "Une personne à mobilité réduite du {floor} est bloquée chez elle depuis {days} jours.",
            "Les courses sont montées à pied ; les locataires demandent une date de remise en service.",
        )),
        Case("Ascenseur bloqué au {floor}", _LIFT, (
            "La cabine reste immobilisée au {floor}, portes ouvertes.",
        )),
        Case("Porte de l'ascenseur qui ne se ferme plus", _LIFT, (
            "La porte palière se rouvre sans cesse ; l'ascenseur ne démarre pas.",
        )),
        Case("Personne bloquée dans l'ascenseur", _LIFT, (
            "Une locataire est restée bloquée quarante minutes entre deux étages ; les pompiers sont intervenus.",
            "Le téléphone de la cabine n'a pas répondu ; l'alarme a été donnée par un voisin.",
        )),
        Case("Ascenseur qui s'arrête entre deux étages", _LIFT, (
            "La cabine s'immobilise sans raison puis repart après quelques minutes.",
        )),
        Case("Bouton d'appel de l'ascenseur hors service au {floor}", _LIFT, (
            "Le bouton ne s'allume plus ; il faut monter à l'étage du dessus pour appeler l'ascenseur.",
        )),
        Case("Bruit anormal dans la gaine de l'ascenseur", _LIFT, (
            "Un grincement métallique se fait entendre à chaque passage au {floor}.",
        )),
        Case("Éclairage de la cabine d'ascenseur en panne", _LIFT, (
            "La cabine est dans le noir ; les locataires âgés n'osent plus la prendre.",
        )),
        Case("Nouvelle panne de l'ascenseur", _LIFT, (
            "Troisième panne en un mois. Les locataires demandent un diagnostic complet de l'appareil "
            "et la date de sa modernisation.",
        )),
    ),
    ("Le voyant « appareil en dérangement » est allumé.",),
)

HEATING = CategoryPlan(
    "Heating", 12, ((_PROX, 7), (_WORKS, 2), (_DESK, 1)), ((_N, 4), (_H, 5), (_U, 1)), (2, 21),
    (
        Case("Chauffage froid dans le logement", _HOME, (
            "Le thermomètre indique {temp} °C dans le séjour à {hour} h ; le locataire a des enfants en bas âge.",
            "Les radiateurs restent froids alors que ceux des étages inférieurs chauffent.",
        )),
        Case("Radiateurs tièdes dans toutes les pièces", _HOME, (
            "Les radiateurs sont à peine tièdes ; le locataire chauffe avec un appoint électrique.",
        )),
        Case("Panne de chauffage collectif", ("entrance", "building"), (
            "Plusieurs logements de l'entrée sont touchés. La chaufferie a été signalée au gardien.",
            "Le chauffage s'arrête chaque nuit et ne repart que vers {hour} h.",
        )),
        Case("Pas d'eau chaude depuis {days} jours", ("home", "entrance"), (
            "L'eau du robinet reste froide, même après plusieurs minutes.",
        )),
        Case("Radiateur qui fuit dans la chambre", _HOME, (
            "Un purgeur de radiateur goutte sur le parquet ; une bassine a été posée.",
        )),
        Case("Température insuffisante : {temp} °C dans le séjour", _HOME, (
            "Relevé fait à {hour} h en présence du correspondant.",
        )),
        Case("Chauffage coupé sans prévenir", ("entrance", "building"), (
            "Aucun affichage dans le hall n'annonçait de coupure.",
        )),
        Case("Bruit de canalisations dans le chauffage", _HOME, (
            "Des coups réguliers dans les tuyaux empêchent de dormir.",
        )),
        Case("Chauffe-eau en panne", _HOME, (
            "Le chauffe-eau ne s'allume plus ; le locataire n'a plus d'eau chaude.",
        )),
    ),
)

PLUMBING = CategoryPlan(
    "Plumbing", 10, ((_PROX, 8), (_WORKS, 2)), ((_N, 4), (_H, 5), (_U, 1)), (1, 20),
    (
        Case("Fuite d'eau au plafond de la salle de bains", _HOME, (
            "Une tache d'humidité s'agrandit au plafond depuis {days} jours.",
        )),
        Case("Dégât des eaux venant du logement du dessus", _HOME, (
            "Le locataire a fait une déclaration à son assurance et attend le passage du plombier.",
        )),
        Case("Évier bouché", _HOME, (
            "L'eau remonte par l'évier quand les voisins du dessus font la vaisselle.",
        )),
        Case("Colonne d'eaux usées bouchée", ("entrance",), (
            "Plusieurs logements de la colonne sont touchés ; l'eau ne s'évacue plus.",
        )),
        Case("Fuite dans les caves", ("cellar",), (
            "Une flaque se forme dans le couloir des caves ; l'électricité est à proximité.",
        )),
        Case("Chasse d'eau qui coule en permanence", _HOME, (
            "Le locataire craint une facture d'eau élevée à la régularisation.",
        )),
        Case("Infiltration d'eau par la fenêtre", _HOME, (
            "À chaque pluie, l'eau coule sous la fenêtre de la chambre.",
        )),
        Case("Odeur d'égout dans la cuisine", _HOME, (
            "Le joint de la colonne semble défectueux ; l'odeur est forte le soir.",
        )),
        Case("Manque de pression d'eau au {floor}", ("entrance",), (
            "Aux heures de pointe, l'eau n'arrive plus qu'en filet aux étages supérieurs.",
        )),
    ),
)

ELECTRICITY = CategoryPlan(
    "Electricity", 6, ((_PROX, 8), (_WORKS, 2)), ((_N, 4), (_H, 4), (_U, 2)), (1, 15),
    (
        Case("Coupure d'électricité dans les parties communes", ("hall", "stairwell"), (
            "Plus de lumière ni d'interphone depuis {days} jours.",
        )),
        Case("Prise électrique qui chauffe", _HOME, (
            "Une odeur de brûlé a été sentie près de la prise du séjour.",
        )),
        Case("Disjoncteur des caves qui saute", ("cellar",), (
            "Le disjoncteur saute plusieurs fois par jour depuis {days} jours.",
        )),
        Case("Fils électriques apparents dans la cage d'escalier", ("stairwell",), (
            "Des fils dénudés pendent du plafond au {floor} ; danger pour les enfants.",
        )),
        Case("Tableau électrique ouvert dans le hall", ("hall",), (
            "La porte du local technique ne ferme plus et le tableau est accessible à tous.",
        )),
        Case("Borne de recharge du parking hors service", ("car_park",), (
            "La borne affiche un défaut depuis {days} jours.",
        )),
    ),
)

INTERCOM = CategoryPlan(
    "Intercom", 7, ((_PROX, 8), (_DESK, 2)), ((_N, 7), (_H, 3)), (3, 30),
    (
        Case("Interphone hors service", ("hall",), (
            "Les visiteurs et les livreurs ne peuvent plus appeler les logements.",
            "Les infirmières à domicile ne peuvent plus entrer ; il faut descendre leur ouvrir.",
        )),
        Case("Nom absent du tableau d'appel de l'interphone", ("hall",), (
            "Le nom du locataire, arrivé il y a {days} jours, n'a pas été ajouté au tableau d'appel.",
        )),
        Case("Le combiné de l'interphone ne sonne plus", _HOME, (
            "Le locataire n'entend plus les appels ; les colis repartent au dépôt.",
        )),
        Case("Porte qui ne s'ouvre plus avec l'interphone", ("hall",), (
            "La gâche ne se déclenche plus quand on appuie sur le bouton d'ouverture.",
        )),
        Case("Badge Vigik refusé à l'entrée", ("hall",), (
            "Le badge a été testé par le gardien : il fonctionne à l'entrée voisine mais pas ici.",
        )),
        Case("Visiophone sans image", _HOME, (
            "L'écran reste noir ; le son fonctionne.",
        )),
    ),
)

DOORS = CategoryPlan(
    "Doors and locks", 7, ((_PROX, 9), (_WORKS, 1)), ((_N, 5), (_H, 4), (_U, 1)), (2, 25),
    (
        Case("Porte d'entrée du hall qui ne ferme plus", ("hall",), (
            "La porte reste entrouverte ; des personnes extérieures entrent et s'installent dans le hall.",
        )),
        Case("Ferme-porte cassé", ("hall",), (
            "Le groom claque violemment la porte ; une locataire âgée s'est coincé la main.",
        )),
        Case("Serrure de la porte des caves forcée", ("cellar",), (
            "La serrure a été forcée dans la nuit du {weekday} ; le gardien a posé une chaîne provisoire.",
        )),
        Case("Boîte aux lettres arrachée", ("hall",), (
            "La porte de la boîte aux lettres a été arrachée ; le courrier n'est plus protégé.",
        )),
        Case("Portail du parking bloqué ouvert", ("car_park",), (
            "Le portail reste ouvert depuis {days} jours ; des véhicules inconnus stationnent.",
        )),
        Case("Porte du local poubelles qui ne ferme pas", ("bin_room",), (
            "Les chats et les rats entrent dans le local ; les sacs sont éventrés.",
        )),
        Case("Porte palière qui frotte", _HOME, (
            "La porte du logement ne ferme plus à clé depuis les travaux de la cage d'escalier.",
        )),
    ),
)

LIGHTING = CategoryPlan(
    "Lighting", 8, ((_PROX, 10),), ((_L, 2), (_N, 6), (_H, 2)), (2, 20),
    (
        Case("Éclairage de l'escalier en panne au {floor}", ("stairwell",), (
            "Les locataires montent à la lampe de poche depuis {days} jours ; risque de chute.",
            "Les détecteurs de présence ne réagissent plus au {floor}.",
        )),
        Case("Ampoule grillée dans le hall", ("hall",), (
            "Le hall est dans la pénombre dès la fin d'après-midi.",
        )),
        Case("Parking plongé dans le noir", ("car_park",), (
            "Plusieurs néons sont éteints ; les locataires n'osent plus descendre le soir.",
        )),
        Case("Lampadaire éteint dans l'allée", ("outside",), (
            "Le chemin entre l'arrêt de bus et le bâtiment n'est plus éclairé le soir.",
        )),
        Case("Éclairage des caves hors service", ("cellar",), (
            "Le couloir des caves est dans le noir complet.",
        )),
        Case("Lumière du palier allumée jour et nuit", ("stairwell",), (
            "La minuterie semble bloquée ; la lumière ne s'éteint plus.",
        )),
    ),
)

CLEANLINESS = CategoryPlan(
    "Cleanliness of common areas", 10, ((_PROX, 9), (_DESK, 1)), ((_L, 3), (_N, 6), (_H, 1)), (1, 10),
    (
        Case("Hall d'entrée sale", ("hall",), (
            "Le passage de l'entreprise de ménage n'a pas eu lieu cette semaine.",
        )),
        Case("Escalier non nettoyé depuis {days} jours", ("stairwell",), (
            "Le planning de nettoyage affiché ne correspond pas aux passages réels.",
        )),
        Case("Local poubelles qui déborde", ("bin_room",), (
            "Les conteneurs ne sont plus sortis le {weekday} ; l'odeur remonte dans l'escalier.",
        )),
        Case("Encombrants déposés dans le hall", ("hall",), (
            "Un matelas et un canapé sont abandonnés depuis {days} jours devant les boîtes aux lettres.",
        )),
        Case("Tags dans la cage d'escalier", ("stairwell",), (
            "De nouveaux tags couvrent les murs du {floor}.",
        )),
        Case("Cabine d'ascenseur souillée", _LIFT, (
            "La cabine n'a pas été nettoyée depuis {days} jours.",
        )),
        Case("Vitres du hall jamais lavées", ("hall",), (
            "Les vitres de la porte d'entrée n'ont pas été lavées depuis des mois.",
        )),
        Case("Caves encombrées de déchets", ("cellar",), (
            "Des sacs et des cartons s'entassent dans le couloir des caves ; risque d'incendie.",
        )),
    ),
)

GREEN_SPACES = CategoryPlan(
    "Green spaces", 4, ((_PROX, 10),), ((_L, 6), (_N, 4)), (7, 60),
    (
        Case("Haie non taillée le long de l'allée", ("green_space", "outside"), (
            "La haie déborde sur le trottoir ; les poussettes ne passent plus.",
        )),
        Case("Pelouse non tondue", ("green_space",), (
            "L'herbe dépasse trente centimètres ; les enfants ne peuvent plus jouer.",
        )),
        Case("Arbre menaçant de tomber", ("green_space", "outside"), (
            "Depuis la tempête, une grosse branche penche au-dessus des voitures.",
        )),
        Case("Jeux d'enfants abîmés", ("green_space",), (
            "Une planche du toboggan est cassée et présente des échardes.",
        )),
    ),
)

PESTS = CategoryPlan(
    "Pests", 5, ((_PROX, 8), (_WORKS, 2)), ((_N, 5), (_H, 5)), (5, 40),
    (
        Case("Cafards dans la cuisine", _HOME, (
            "Plusieurs logements de l'entrée sont touchés ; une désinsectisation générale est demandée.",
            "Le traitement d'il y a trois mois n'a pas suffi : les insectes sont revenus.",
        )),
        Case("Rats dans le local poubelles", ("bin_room",), (
            "Des rats sont vus le soir près des conteneurs depuis {days} jours.",
        )),
        Case("Punaises de lit", _HOME, (
            "Le locataire demande une intervention rapide et l'aide du bailleur pour le traitement.",
        )),
        Case("Souris dans les caves", ("cellar",), (
            "Des cartons rongés ont été retrouvés dans plusieurs caves.",
        )),
        Case("Nid de guêpes sur la façade", ("outside",), (
            "Le nid se trouve sous le rebord d'une fenêtre du {floor}.",
        )),
        Case("Pigeons sur les balcons", ("entrance",), (
            "Les fientes salissent les balcons ; les locataires demandent des pics anti-pigeons.",
        )),
    ),
)

SAFETY = CategoryPlan(
    "Safety", 4, ((_PROX, 6), (_WORKS, 2), (_DESK, 2)), ((_N, 2), (_H, 5), (_U, 3)), (1, 30),
    (
        Case("Extincteur manquant au {floor}", ("stairwell",), (
            "Le support est vide depuis la dernière vérification.",
        )),
        Case("Porte coupe-feu maintenue ouverte", ("stairwell", "cellar"), (
            "La porte coupe-feu est calée avec une cale en bois depuis {days} jours.",
        )),
        Case("Occupation des caves par des personnes extérieures", ("cellar",), (
            "Des personnes étrangères à la résidence passent la nuit dans les caves ; les locataires "
            "n'osent plus y descendre.",
        )),
        Case("Voiture ventouse sur le parking", ("car_park",), (
            "Un véhicule sans plaques stationne sur une place réservée aux personnes handicapées.",
        )),
        Case("Trappe de désenfumage bloquée", ("stairwell",), (
            "Le câble d'ouverture est cassé ; la trappe ne s'ouvre plus.",
        )),
        Case("Plaque d'égout descellée dans l'allée", ("outside",), (
            "La plaque bouge au passage ; un enfant a failli tomber.",
        )),
    ),
)

# Disturbances name no home and no person: the minutes posted in the hall must not either.
DISTURBANCE = CategoryPlan(
    "Neighbourhood disturbance", 6, ((_LOC, 9), (_DESK, 1)), ((_N, 7), (_H, 3)), (10, 60),
    (
        Case("Bruits répétés en soirée", ("entrance",), (
            "Des bruits de musique forte sont entendus après {hour} h plusieurs soirs par semaine.",
        )),
        Case("Tapage nocturne", ("entrance",), (
            "Les faits se répètent depuis {days} jours malgré un premier courrier du bailleur.",
        )),
        Case("Rassemblements dans le hall", ("hall",), (
            "Des groupes stationnent dans le hall jusque tard dans la nuit ; les locataires se sentent gênés pour passer.",
        )),
        Case("Chien qui aboie en l'absence de ses maîtres", ("entrance",), (
            "Les aboiements durent toute la journée ; les voisins de palier sont excédés.",
        )),
        Case("Odeurs de fumée dans l'escalier", ("stairwell",), (
            "Une forte odeur de fumée envahit l'escalier chaque soir.",
        )),
        Case("Jets de détritus par les fenêtres", ("entrance", "outside"), (
            "Des déchets sont jetés depuis les étages et tombent sur l'allée.",
        )),
    ),
    (
        "Plusieurs voisins de l'entrée se plaignent ; ils souhaitent rester anonymes.",
        "Les locataires demandent une médiation plutôt qu'une procédure.",
    ),
)

CHARGES = CategoryPlan(
    "Service charges", 4, ((_LOC, 8), (_DESK, 2)), ((_L, 3), (_N, 7)), (15, 90),
    (
        Case("Régularisation des charges {year} incompréhensible", ("building", "entrance"), (
            "La régularisation réclame {amount} € sans détail lisible par poste.",
        )),
        Case("Hausse des provisions pour charges", ("building",), (
            "Les provisions mensuelles augmentent sans explication de la part du bailleur.",
        )),
        Case("Charges d'ascenseur facturées pendant la panne", ("entrance",), (
            "L'ascenseur a été arrêté {days} jours mais la maintenance est facturée en entier.",
        )),
        Case("Nettoyage facturé mais non réalisé", ("entrance",), (
            "Les locataires ont noté les passages manquants de l'entreprise de ménage.",
        )),
        Case("Demande de justificatifs des charges {year}", ("building",), (
            "Les locataires demandent à consulter les justificatifs, comme la loi le permet.",
        )),
        Case("Compteur d'eau chaude mal relevé", _HOME, (
            "La consommation facturée est trois fois supérieure à celle de l'an dernier.",
        )),
    ),
)

OTHER = CategoryPlan(
    "Other", 3, ((_DESK, 6), (_LOC, 2), (_PROX, 2)), ((_L, 4), (_N, 6)), (5, 45),
    (
        Case("Boîte aux lettres sans étiquette", ("hall",), (
            "Le nom du nouveau locataire n'a pas été posé sur la boîte aux lettres.",
        )),
        Case("Antenne collective : pas de réception TV", ("entrance", "building"), (
            "Plusieurs chaînes ont disparu dans tous les logements de l'entrée.",
        )),
        Case("Panneau d'affichage du hall cassé", ("hall",), (
            "La vitre du panneau est brisée ; les affiches du bailleur ne tiennent plus.",
        )),
        Case("Demande de local à vélos", ("building", "outside"), (
            "Les vélos sont rangés dans les paliers faute de local.",
        )),
    ),
    ("La demande avait déjà été faite oralement au gardien il y a {days} jours.",),
)

CATEGORY_PLANS = (
    LIFT, HEATING, PLUMBING, ELECTRICITY, INTERCOM, DOORS, LIGHTING, CLEANLINESS, GREEN_SPACES,
    PESTS, SAFETY, DISTURBANCE, CHARGES, OTHER,
)
