<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Date</name>
    <message>
      <source>“{text}” is not a date. Type the day, the month and the year, for example 31/01/2027.</source>
      <translation>« {text} » n'est pas une date. Tapez le jour, le mois et l'année, par exemple 31/01/2027.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Calendar: arrows move, Enter chooses the day</source>
      <translation>Calendrier : les flèches déplacent, Entrée choisit le jour</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation>jj/mm/aaaa</translation>
    </message>
    <message>
      <source>Type the date (31/01/2027, 31012027 or 31/1/27), or press F4 for the calendar</source>
      <translation>Tapez la date (31/01/2027, 31012027 ou 31/1/27), ou appuyez sur F4 pour le calendrier</translation>
    </message>
    <message>
      <source>Choose on a calendar (F4)</source>
      <translation>Choisir dans un calendrier (F4)</translation>
    </message>
    <message>
      <source>Clear the date</source>
      <translation>Effacer la date</translation>
    </message>
    <message>
      <source>{field}: type a date, for example 31/01/2027.</source>
      <translation>{field} : tapez une date, par exemple 31/01/2027.</translation>
    </message>
  </context>
</TS>
