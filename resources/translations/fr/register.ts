<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>ComplaintTable</name>
    <message>
      <source>Confidential</source>
      <translation>Confidentiel</translation>
    </message>
    <message>
      <source>Right-click to choose the columns shown.</source>
      <translation>Clic droit pour choisir les colonnes affichées.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Ouverte le</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
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
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Reported by</source>
      <translation>Signalée par</translation>
    </message>
    <message>
      <source>Landlord ref.</source>
      <translation>Réf. bailleur</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>The reporter asked to stay confidential; the name shows only in the form.</source>
      <translation>La personne qui l’a signalée a demandé à rester anonyme ; son nom n’apparaît que dans la fiche.</translation>
    </message>
    <message>
      <source>⚠ overdue</source>
      <translation>⚠ en retard</translation>
    </message>
    <message>
      <source>Click to sort by this column, again to reverse the order. Right-click to choose the columns shown.</source>
      <translation>Cliquez pour trier selon cette colonne, une seconde fois pour inverser l’ordre. Clic droit pour choisir les colonnes affichées.</translation>
    </message>
    <message>
      <source>Duplicate of #{number}</source>
      <translation>Doublon du n° {number}</translation>
    </message>
    <message>
      <source>Overdue: it was due on {date}, {days} day(s) ago.</source>
      <translation>En retard : l’échéance était le {date}, il y a {days} jour(s).</translation>
    </message>
  </context>
  <context>
    <name>ComplaintFilters</name>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Building</source>
      <translation>Bâtiment</translation>
    </message>
    <message>
      <source>Entrance</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Rechercher :</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatut :</translation>
    </message>
    <message>
      <source>&amp;Category:</source>
      <translation>&amp;Catégorie :</translation>
    </message>
    <message>
      <source>&amp;Building:</source>
      <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
      <source>&amp;Entrance:</source>
      <translation>&amp;Entrée :</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Période :</translation>
    </message>
    <message>
      <source>&amp;Urgency:</source>
      <translation>&amp;Urgence :</translation>
    </message>
    <message>
      <source>F&amp;rom:</source>
      <translation>&amp;Du :</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>&amp;jusqu’au :</translation>
    </message>
    <message>
      <source>Search: title, place, landlord reference…</source>
      <translation>Rechercher : titre, lieu, référence du bailleur…</translation>
    </message>
    <message>
      <source>Search complaints</source>
      <translation>Rechercher des réclamations</translation>
    </message>
    <message>
      <source>Type a few letters of a word or a complaint number; accents and capitals do not matter.</source>
      <translation>Tapez le début d’un mot ou un numéro de réclamation ; les accents et les majuscules ne comptent pas.</translation>
    </message>
    <message>
      <source>O&amp;verdue only</source>
      <translation>En retard &amp;seulement</translation>
    </message>
    <message>
      <source>Show only overdue complaints</source>
      <translation>N’afficher que les réclamations en retard</translation>
    </message>
    <message>
      <source>C&amp;lear filters</source>
      <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
      <source>Clear the search and every filter</source>
      <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
      <source>Opened from</source>
      <translation>Ouvertes à partir du</translation>
    </message>
    <message>
      <source>Opened until</source>
      <translation>Ouvertes jusqu’au</translation>
    </message>
    <message>
      <source>Any urgency</source>
      <translation>Toutes urgences</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <source>All buildings</source>
      <translation>Tous les bâtiments</translation>
    </message>
    <message>
      <source>All entrances</source>
      <translation>Toutes les entrées</translation>
    </message>
    <message>
      <source>All open</source>
      <translation>Toutes les ouvertes</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Closed (all kinds)</source>
      <translation>Terminées (tous motifs)</translation>
    </message>
    <message>
      <source>All complaints</source>
      <translation>Toutes les réclamations</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Toutes dates</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>Ce trimestre</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>Trimestre précédent</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>Cette année</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>12 derniers mois</translation>
    </message>
    <message>
      <source>Between two dates…</source>
      <translation>Entre deux dates…</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <source>Showing 1 complaint</source>
      <translation>1 réclamation affichée</translation>
    </message>
    <message>
      <source>{open} open, {overdue} overdue</source>
      <translation>Ouvertes : {open} – en retard : {overdue}</translation>
    </message>
    <message>
      <source>Showing {count} complaints</source>
      <translation>{count} réclamations affichées</translation>
    </message>
    <message>
      <source>Complaint register</source>
      <translation>Registre des réclamations</translation>
    </message>
    <message>
      <source>Colu&amp;mns</source>
      <translation>Colonnes affic&amp;hées</translation>
    </message>
    <message>
      <source>Choose the columns shown in the table</source>
      <translation>Choisir les colonnes affichées dans le tableau</translation>
    </message>
    <message>
      <source>Choose the columns shown</source>
      <translation>Choisir les colonnes affichées</translation>
    </message>
    <message>
      <source>Complaints</source>
      <translation>Réclamations</translation>
    </message>
    <message>
      <source>Press Enter to open the selected complaint.</source>
      <translation>Appuyez sur Entrée pour ouvrir la réclamation sélectionnée.</translation>
    </message>
    <message>
      <source>Complaint counts</source>
      <translation>Nombre de réclamations</translation>
    </message>
    <message>
      <source>Clear the search and filters</source>
      <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
      <source>No complaint yet. Press Ctrl+N to log one.</source>
      <translation>Aucune réclamation pour l’instant. Appuyez sur Ctrl+N pour en enregistrer une.</translation>
    </message>
    <message>
      <source>&amp;New complaint</source>
      <translation>&amp;Nouvelle réclamation</translation>
    </message>
    <message>
      <source>Log a new complaint (Ctrl+N)</source>
      <translation>Enregistrer une nouvelle réclamation (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Open the selected complaint (Enter)</source>
      <translation>Ouvrir la réclamation sélectionnée (Entrée)</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
    <message>
      <source>Import complaints from a spreadsheet file</source>
      <translation>Importer des réclamations depuis un fichier de tableur</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>Export the complaints shown to a spreadsheet file</source>
      <translation>Exporter les réclamations affichées vers un fichier de tableur</translation>
    </message>
    <message>
      <source>This column cannot be sorted.</source>
      <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
      <source>No open complaint. Choose “All complaints” under Status to see the others.</source>
      <translation>Aucune réclamation ouverte. Choisissez « Toutes les réclamations » dans Statut pour voir les autres.</translation>
    </message>
    <message>
      <source>No complaint matches these filters.</source>
      <translation>Aucune réclamation ne correspond à ces filtres.</translation>
    </message>
    <message>
      <source>No complaint matches “{text}” with these filters.</source>
      <translation>Aucune réclamation ne correspond à « {text} » avec ces filtres.</translation>
    </message>
  </context>
</TS>