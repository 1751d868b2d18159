"""The words of the demo residence: fictional names, places and complaint texts, in French.

This is data, not interface: the demo shows a French residence whatever the user's language, the
way a real database would. Names are invented; phone numbers are in the ranges the French
regulator keeps for fiction (06 39 98, 04 65 71) and e-mails use ``.example`` domains.
"""

from __future__ import annotations

from desktop.domain.complaints import ComplaintStatus, Urgency
from desktop.domain.people import LandlordService, Role

RESIDENCE = {
    "name": "Résidence Les Tilleuls",
    "address": "2 à 24 allée des Tilleuls",
    "city": "69100 Villeurbanne",
    "landlord": "Habitat Val de Saône",
}

# (building name, entrance numbers, highest floor, homes per floor)
BUILDINGS = (
    ("Bâtiment A", (1, 2, 3), 5, 4),
    ("Bâtiment B", (4, 5, 6), 7, 3),
    ("Bâtiment C", (7, 8, 9), 4, 5),
    ("Bâtiment D", (10, 11, 12), 6, 4),
)
# Buildings of five floors or more have a lift in each entrance.
LIFT_FROM_FLOOR = 5
CAR_PARK_BUILDINGS = ("Bâtiment B", "Bâtiment D")
RESIDENCE_AREAS = (
    ("outside", "Abords et allées"),
    ("green_space", "Espaces verts et aire de jeux"),
    ("car_park", "Parking extérieur"),
)

FIRST_NAMES = (
    "Marie", "Jean", "Fatima", "Michel", "Nathalie", "Mohamed", "Monique", "Bernard", "Sylvie",
    "Karim", "Françoise", "Alain", "Aïcha", "Patrick", "Isabelle", "Mamadou", "Christine",
    "Gérard", "Samia", "Daniel", "Josiane", "Rachid", "Colette", "Thierry", "Nadia", "Jacques",
    "Yvette", "Ahmed", "Hélène", "Pierre", "Leïla", "René", "Odette", "Youssef", "Martine",
    "Kevin", "Céline", "Ibrahim", "Danielle", "Rémi",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Benali", "Moreau", "Laurent", "Diallo", "Lefebvre", "Girard",
    "Haddad", "Rousseau", "Fontaine", "Mercier", "Traoré", "Chevalier", "Garnier", "Boyer",
    "Lambert", "Bonnet", "Mansouri", "Faure", "Rivière", "Perrin", "Nguyen", "Roux", "Blanc",
    "Guérin", "Muller", "Henry", "Renaud", "Brunet", "Meunier", "Ferhat", "Da Silva", "Leroy",
    "Camara", "Picard", "Marchand", "Aubert", "Colin",
)

LANDLORD_DOMAIN = "habitat-valdesaone.example"

# Landlord staff: (title, service)
STAFF = (
    ("Responsable de secteur", LandlordService.PROXIMITY),
    ("Technicien de patrimoine", LandlordService.WORKS),
    ("Chargée d'opérations", LandlordService.WORKS),
    ("Chargée de gestion locative", LandlordService.RENTAL_MANAGEMENT),
    ("Conseillère sociale et familiale", LandlordService.RENTAL_MANAGEMENT),
    ("Chargée de la relation clients", LandlordService.COMPLAINTS_DESK),
)
GUESTS = (
    "Police municipale de Villeurbanne",
    "Mairie de Villeurbanne, service Habitat",
    "Centre social des Tilleuls",
)
TENANT_ASSOCIATION = "Amicale des locataires des Tilleuls"

# How many people of each role the demo holds (40 in all).
PEOPLE_PLAN = (
    (Role.BUILDING_REPRESENTATIVE, 6),
    (Role.CARETAKER, 2),
    (Role.TENANT_REPRESENTATIVE, 3),
    (Role.LANDLORD_STAFF, len(STAFF)),
    (Role.GUEST, len(GUESTS)),
    (Role.TENANT, 20),
)


WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Reasons written in the history when a complaint leaves the ordinary path.
REJECTION_REASONS = (
    "Après visite du technicien, aucun défaut n'a été constaté.",
    "La demande ne relève pas d'une réclamation (simple demande d'information, réponse donnée).",
    "Le locataire n'a pas donné accès au logement malgré trois rendez-vous.",
)
NOT_LANDLORD_REASONS = (
    "Équipement privatif : l'entretien incombe au locataire (décret du 26 août 1987).",
    "Voirie publique : relève de la métropole, transmis par le correspondant.",
    "Relève de la mairie : signalement transmis au service concerné.",
)
# Reasons that fit one category better than the general ones above.
NOT_LANDLORD_REASONS_BY_CATEGORY = {
    "Neighbourhood disturbance": (
        "Litige entre voisins sans atteinte aux parties communes : orienté vers le conciliateur de justice.",
        "Faits relevant de la police : les locataires ont été invités à déposer plainte.",
    ),
    "Plumbing": (
        "Équipement privatif : l'entretien incombe au locataire (décret du 26 août 1987).",
        "Compteur d'eau individuel : relève du fournisseur.",
    ),
    "Lighting": ("Éclairage de la rue : relève de la mairie.",),
    "Safety": ("Véhicule sur la voie publique : relève de la police municipale.",),
}
REOPEN_REASONS = (
    "La panne s'est reproduite quelques jours après l'intervention.",
    "La réparation n'a pas tenu : le problème est revenu.",
    "Le locataire signale que rien n'a changé malgré la clôture annoncée.",
)
DUPLICATE_REASON = "Même problème déjà signalé."

# Share of complaints whose reporter asked to stay anonymous, by default and for disturbances.
CONFIDENTIAL_SHARE = 0.12
CONFIDENTIAL_SHARE_DISTURBANCE = 0.6

# Days allowed to the landlord, by urgency, when a due date is set.
DUE_DAYS = {Urgency.URGENT: 2, Urgency.HIGH: 8, Urgency.NORMAL: 30, Urgency.LOW: 60}

# The ordinary path, and how often each step is the last one reached when time allows.
ORDINARY_PATH = (
    ComplaintStatus.PASSED_TO_LANDLORD,
    ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.RESOLVED,
    ComplaintStatus.CLOSED,
)
