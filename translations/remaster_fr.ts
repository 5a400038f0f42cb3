<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchExporter</name>
    <message>
        <source>build sheet %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (use --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>catalog needs a subcommand: list, show, sources, validate, import, duplicate</source>
        <translation>catalog attend une sous-commande : list, show, sources, validate, import, duplicate</translation>
    </message>
    <message>
        <source>unknown catalog subcommand &apos;%1&apos;</source>
        <translation>sous-commande catalog inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--generation accepts master-3 or master-4, not &apos;%1&apos;</source>
        <translation>--generation accepte master-3 ou master-4, pas « %1 »</translation>
    </message>
    <message>
        <source>--body accepts panel-van, chassis-cab or platform-cab, not &apos;%1&apos;</source>
        <translation>--body accepte panel-van, chassis-cab ou platform-cab, pas « %1 »</translation>
    </message>
    <message>
        <source>--gvw accepts a mass in kg between 1 and 10000, not &apos;%1&apos;</source>
        <translation>--gvw accepte une masse en kg comprise entre 1 et 10000, pas « %1 »</translation>
    </message>
    <message>
        <source>--drive accepts fwd or rwd, not &apos;%1&apos;</source>
        <translation>--drive accepte fwd ou rwd, pas « %1 »</translation>
    </message>
    <message>
        <source>--rear-wheels accepts single or twin, not &apos;%1&apos;</source>
        <translation>--rear-wheels accepte single ou twin, pas « %1 »</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos; (accepted: %2)</source>
        <translation>liste inconnue « %1 » (valeurs admises : %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>catalog show needs exactly one entry id</source>
        <translation>catalog show attend exactement un identifiant d&apos;entrée</translation>
    </message>
    <message>
        <source>there is no catalog entry &apos;%1&apos; (see: remaster-cli catalog list)</source>
        <translation>il n&apos;existe aucune entrée de catalogue « %1 » (voir : remaster-cli catalog list)</translation>
    </message>
    <message>
        <source>Origin: %1%2</source>
        <translation>Origine : %1%2</translation>
    </message>
    <message>
        <source>ReMaster catalog %1</source>
        <translation>catalogue ReMaster %1</translation>
    </message>
    <message>
        <source>added by a user</source>
        <translation>ajoutée par un utilisateur</translation>
    </message>
    <message>
        <source>, edited by a user</source>
        <translation>, modifiée par un utilisateur</translation>
    </message>
    <message>
        <source>Confidence: A manufacturer/concordant, B one reputable source, C weak source, E derived by ReMaster, R representative value (override from the registration certificate or a weighbridge ticket).</source>
        <translation>Confiance : A constructeur ou sources concordantes, B une source fiable, C source faible, E dérivée par ReMaster, R valeur représentative (à remplacer par la valeur du certificat d&apos;immatriculation ou d&apos;un ticket de pesée).</translation>
    </message>
    <message>
        <source>catalog validate needs one file</source>
        <translation>catalog validate attend un fichier</translation>
    </message>
    <message>
        <source>%1: %2 valid entries, %3 problems</source>
        <translation>%1 : %2 entrées valides, %3 problèmes</translation>
    </message>
    <message>
        <source>catalog import needs one file</source>
        <translation>catalog import attend un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n entrée importée</numerusform>
            <numerusform>%n entrées importées</numerusform>
        </translation>
    </message>
    <message>
        <source>--label needs a text</source>
        <translation>--label attend un texte</translation>
    </message>
    <message>
        <source>catalog duplicate needs an entry id and a new id</source>
        <translation>catalog duplicate attend un identifiant d&apos;entrée et un nouvel identifiant</translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation>Entrée %1 créée à partir de %2.</translation>
    </message>
</context>
<context>
    <name>CatalogJsonReader</name>
    <message>
        <source>accepted: %1</source>
        <translation>valeurs admises : %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>has characters that are not allowed</source>
        <translation>contient des caractères non autorisés</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>has an unknown value &apos;%1&apos;</source>
        <translation>a une valeur inconnue « %1 »</translation>
    </message>
    <message>
        <source>must be an object {from, to}</source>
        <translation>doit être un objet {from, to}</translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation>doit être une année</translation>
    </message>
    <message>
        <source>must be a year or null</source>
        <translation>doit être une année ou null</translation>
    </message>
    <message>
        <source>must be an array of text strings</source>
        <translation>doit être un tableau de chaînes de caractères</translation>
    </message>
    <message>
        <source>must be an object {value, unit, source, confidence}</source>
        <translation>doit être un objet {value, unit, source, confidence}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit of %2</source>
        <translation>« %1 » n&apos;est pas une unité de la grandeur %2</translation>
    </message>
    <message>
        <source>is missing: every figure needs a source</source>
        <translation>est absent : toute valeur doit citer sa source</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the file&apos;s source list</source>
        <translation>« %1 » ne figure pas dans la liste des sources du fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a confidence mark</source>
        <translation>« %1 » n&apos;est pas un indice de confiance</translation>
    </message>
    <message>
        <source>is not a known phase</source>
        <translation>n&apos;est pas une phase connue</translation>
    </message>
    <message>
        <source>is not a length code</source>
        <translation>n&apos;est pas un code de longueur</translation>
    </message>
    <message>
        <source>is not a height code</source>
        <translation>n&apos;est pas un code de hauteur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine of this catalog</source>
        <translation>« %1 » n&apos;est pas un moteur de ce catalogue</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>id and name are required</source>
        <translation>id et name sont obligatoires</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>entrée n° %1</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;remaster-catalog&quot;</source>
        <translation>« format » doit valoir &quot;remaster-catalog&quot;</translation>
    </message>
    <message>
        <source>unsupported &apos;format_version&apos;</source>
        <translation>« format_version » non pris en charge</translation>
    </message>
    <message>
        <source>&apos;catalog&apos; must be &quot;vehicles&quot; or &quot;components&quot;</source>
        <translation>« catalog » doit valoir &quot;vehicles&quot; ou &quot;components&quot;</translation>
    </message>
    <message>
        <source>&apos;catalog_version&apos; is missing</source>
        <translation>« catalog_version » est absent</translation>
    </message>
    <message>
        <source>&apos;entries&apos; must be an array</source>
        <translation>« entries » doit être un tableau</translation>
    </message>
    <message>
        <source>a source needs an id and a citation</source>
        <translation>une source doit avoir un id et une citation</translation>
    </message>
    <message>
        <source>is used by another entry of this file</source>
        <translation>est déjà utilisé par une autre entrée de ce fichier</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation>n&apos;est pas un type de composant</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>area</source>
        <translation>surface</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>dimensionless</source>
        <translation>grandeur sans dimension</translation>
    </message>
    <message>
        <source>power</source>
        <translation>puissance</translation>
    </message>
    <message>
        <source>torque</source>
        <translation>couple</translation>
    </message>
    <message>
        <source>rotational speed</source>
        <translation>régime</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>tension</translation>
    </message>
    <message>
        <source>current</source>
        <translation>courant</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>charge électrique</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>résistance</translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Removed part %1</source>
        <translation>Pièce déposée %1</translation>
    </message>
    <message>
        <source>A — manufacturer or concordant sources</source>
        <translation>A — document constructeur ou sources concordantes</translation>
    </message>
    <message>
        <source>B — one reputable source</source>
        <translation>B — une source fiable</translation>
    </message>
    <message>
        <source>C — weak or conflicting source</source>
        <translation>C — source faible ou contradictoire</translation>
    </message>
    <message>
        <source>E — derived by ReMaster (calculation in the note)</source>
        <translation>E — dérivée par ReMaster (calcul dans la note)</translation>
    </message>
    <message>
        <source>R — representative value, not this vehicle&apos;s own</source>
        <translation>R — valeur représentative, pas celle de ce véhicule</translation>
    </message>
    <message>
        <source>Master III</source>
        <translation>Master III</translation>
    </message>
    <message>
        <source>Master IV</source>
        <translation>Master IV</translation>
    </message>
    <message>
        <source>Panel van</source>
        <translation>Fourgon</translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation>Châssis-cabine</translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation>Plancher-cabine</translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation>Traction</translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation>Propulsion</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Simples</translation>
    </message>
    <message>
        <source>Twin</source>
        <translation>Jumelées</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neuf</translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation>Seconde vie</translation>
    </message>
    <message>
        <source>On-board AC charger</source>
        <translation>Chargeur AC embarqué</translation>
    </message>
    <message>
        <source>DC fast-charge inlet</source>
        <translation>Prise de recharge rapide DC</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Years built</source>
        <translation>Années de production</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Carrosserie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Roof height</source>
        <translation>Hauteur de toit</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Rear wheels</source>
        <translation>Roues arrière</translation>
    </message>
    <message>
        <source>Category (J)</source>
        <translation>Catégorie (J)</translation>
    </message>
    <message>
        <source>Diesel engines</source>
        <translation>Moteurs diesel</translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation>Boîte de vitesses</translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation>PTAC (F.1)</translation>
    </message>
    <message>
        <source>Mass in running order (G)</source>
        <translation>Masse en ordre de marche (G)</translation>
    </message>
    <message>
        <source>Permissible front axle load</source>
        <translation>Charge admissible sur l&apos;essieu avant</translation>
    </message>
    <message>
        <source>Permissible rear axle load</source>
        <translation>Charge admissible sur l&apos;essieu arrière</translation>
    </message>
    <message>
        <source>Unladen front axle load</source>
        <translation>Charge à vide sur l&apos;essieu avant</translation>
    </message>
    <message>
        <source>Wheelbase</source>
        <translation>Empattement</translation>
    </message>
    <message>
        <source>Overall length</source>
        <translation>Longueur hors tout</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Largeur hors tout</translation>
    </message>
    <message>
        <source>Overall height</source>
        <translation>Hauteur hors tout</translation>
    </message>
    <message>
        <source>Load-space centre behind front axle</source>
        <translation>Centre de la zone de chargement derrière l&apos;essieu avant</translation>
    </message>
    <message>
        <source>Frontal area</source>
        <translation>Surface frontale</translation>
    </message>
    <message>
        <source>Drag coefficient Cd</source>
        <translation>Coefficient de traînée Cx</translation>
    </message>
    <message>
        <source>Rolling-resistance coefficient</source>
        <translation>Coefficient de résistance au roulement</translation>
    </message>
    <message>
        <source>Tyre size</source>
        <translation>Dimension des pneumatiques</translation>
    </message>
    <message>
        <source>Tyre rolling radius</source>
        <translation>Rayon de roulement des pneumatiques</translation>
    </message>
    <message>
        <source>Fuel tank</source>
        <translation>Réservoir de carburant</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Position behind front axle</source>
        <translation>Position derrière l&apos;essieu avant</translation>
    </message>
    <message>
        <source>Engine code</source>
        <translation>Code moteur</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>Fuel (P.3)</source>
        <translation>Carburant (P.3)</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Puissance crête</translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation>Puissance continue</translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation>Couple crête</translation>
    </message>
    <message>
        <source>Maximum speed</source>
        <translation>Régime maximal</translation>
    </message>
    <message>
        <source>DC voltage, minimum</source>
        <translation>Tension DC minimale</translation>
    </message>
    <message>
        <source>DC voltage, maximum</source>
        <translation>Tension DC maximale</translation>
    </message>
    <message>
        <source>Peak efficiency</source>
        <translation>Rendement maximal</translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation>Courant de phase crête</translation>
    </message>
    <message>
        <source>Continuous phase current</source>
        <translation>Courant de phase continu</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Maximum input torque</source>
        <translation>Couple d&apos;entrée maximal</translation>
    </message>
    <message>
        <source>Maximum input speed</source>
        <translation>Régime d&apos;entrée maximal</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chimie</translation>
    </message>
    <message>
        <source>Cells in series</source>
        <translation>Cellules en série</translation>
    </message>
    <message>
        <source>Cells in parallel</source>
        <translation>Cellules en parallèle</translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation>Tension nominale</translation>
    </message>
    <message>
        <source>Minimum voltage</source>
        <translation>Tension minimale</translation>
    </message>
    <message>
        <source>Maximum voltage</source>
        <translation>Tension maximale</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Maximum discharge current</source>
        <translation>Courant de décharge maximal</translation>
    </message>
    <message>
        <source>Maximum charge current</source>
        <translation>Courant de charge maximal</translation>
    </message>
    <message>
        <source>Internal resistance</source>
        <translation>Résistance interne</translation>
    </message>
    <message>
        <source>Charger type</source>
        <translation>Type de chargeur</translation>
    </message>
    <message>
        <source>Output voltage, minimum</source>
        <translation>Tension de sortie minimale</translation>
    </message>
    <message>
        <source>Output voltage, maximum</source>
        <translation>Tension de sortie maximale</translation>
    </message>
    <message>
        <source>Input voltage, minimum</source>
        <translation>Tension d&apos;entrée minimale</translation>
    </message>
    <message>
        <source>Input voltage, maximum</source>
        <translation>Tension d&apos;entrée maximale</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>database catalog &apos;%1&apos;</source>
        <translation>catalogue « %1 » de la base de données</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Unknown catalog &apos;%1&apos;.</source>
        <translation>Catalogue « %1 » inconnu.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>The file was not imported:
%1</source>
        <translation>Le fichier n&apos;a pas été importé :
%1</translation>
    </message>
    <message>
        <source>Entry &apos;%1&apos; already exists; nothing was imported.</source>
        <translation>L&apos;entrée « %1 » existe déjà ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>There is no catalog entry &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucune entrée de catalogue « %1 ».</translation>
    </message>
    <message>
        <source>Engines cannot be duplicated; duplicate a vehicle variant instead.</source>
        <translation>Les moteurs diesel ne peuvent pas être dupliqués ; dupliquez plutôt une variante de véhicule.</translation>
    </message>
    <message>
        <source>An entry &apos;%1&apos; already exists.</source>
        <translation>Une entrée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Only entries you added can be deleted; &apos;%1&apos; is not one of them.</source>
        <translation>Seules les entrées que vous avez ajoutées peuvent être supprimées ; « %1 » n&apos;en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>CheckJson</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>warning: bundled catalog: %1</source>
        <translation>avertissement : catalogue intégré : %1</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>--db attend un chemin de fichier</translation>
    </message>
    <message>
        <source>ReMaster %1
Database: %2 (schema %3)
Vehicle catalog: %4
Component catalog: %5
</source>
        <translation>ReMaster %1
Base de données : %2 (schéma %3)
Catalogue véhicules : %4
Catalogue composants : %5
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
    </message>
    <message>
        <source>Usage: remaster-cli [--db PATH] [--ui-lang en|fr] COMMAND [ARGS] [--json]

Commands:
  catalog list [vehicles|engines|motors|inverters|reducers|battery-modules|chargers|dcdcs|components]
               [--generation master-3|master-4] [--body panel-van|chassis-cab|platform-cab]
               [--length L1..L4] [--height H1..H3] [--gvw KG] [--drive fwd|rwd]
               [--rear-wheels single|twin] [--engine ID] [--search TEXT]
  catalog show ID              every field of an entry with its unit and source
  catalog sources              the sources the catalogs cite
  catalog validate FILE        check a catalog file without importing it
  catalog import FILE          add the entries of a catalog file (all or nothing)
  catalog duplicate ID NEW_ID [--label TEXT]
  example-design               print a complete, valid design to start from
  evaluate DESIGN.json         sizing, battery, consumption and range of a design
  check DESIGN.json [--ruleset FILE]
                               every homologation rule with its result; exit 1 if one fails
  cycles                       the bundled drive cycles
  sheet new|list|show|submit|approve|build|archive|reject|export|import|export-csv|verify
                               build sheets (remaster-cli sheet for details)
  version                      program, schema and catalog versions

Options:
  --db PATH       database file (default: %1)
  --json          machine-readable output; field names carry their unit
  --ui-lang LANG  language of messages (en or fr)

Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,
4 database error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n&apos;est pas une base de données ReMaster (ce n&apos;est pas un fichier SQLite). Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite integrity check: %2). It was left untouched; restore it from a backup.</source>
        <translation>%1 est endommagé (contrôle d&apos;intégrité SQLite : %2). Le fichier n&apos;a pas été modifié ; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left untouched.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade but is read-only on disk.</source>
        <translation>%1 nécessite une mise à niveau du schéma, mais le fichier est en lecture seule sur le disque.</translation>
    </message>
    <message>
        <source>Cannot open %1 read-only: %2</source>
        <translation>Impossible d&apos;ouvrir %1 en lecture seule : %2</translation>
    </message>
    <message>
        <source>This database was written by a newer ReMaster (schema %1; this version knows up to %2). It is open read-only; update ReMaster to edit it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de ReMaster (schéma %1 ; cette version connaît jusqu&apos;au schéma %2). Elle est ouverte en lecture seule ; mettez ReMaster à jour pour la modifier.</translation>
    </message>
    <message>
        <source>%1 is read-only on disk; changes cannot be saved.</source>
        <translation>%1 est en lecture seule sur le disque ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Could not write the backup copy before upgrading %1: %2. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire la copie de sauvegarde avant la mise à niveau de %1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. The database was left at schema %3.</source>
        <translation>La mise à niveau de %1 a échoué : %2. La base de données est restée au schéma %3.</translation>
    </message>
    <message>
        <source>schema %1 (%2): %3</source>
        <translation>schéma %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>DesignCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid design:</source>
        <translation>%1 n&apos;est pas un projet valide :</translation>
    </message>
    <message>
        <source>%1 km, %2 s, max %3 km/h</source>
        <translation>%1 km, %2 s, max. %3 km/h</translation>
    </message>
    <message>
        <source>Also accepted in a design: &quot;wltc-auto&quot; (the class the regulation assigns) and a path to a CSV file with columns time_s,speed_kmh[,grade_percent].</source>
        <translation>Également acceptés dans un projet : &quot;wltc-auto&quot; (la classe attribuée par la réglementation) et le chemin d&apos;un fichier CSV de colonnes time_s,speed_kmh[,grade_percent].</translation>
    </message>
    <message>
        <source>evaluate needs one design file (see: remaster-cli example-design)</source>
        <translation>evaluate attend un fichier de projet (voir : remaster-cli example-design)</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation>%1 ne peut pas être évalué :</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NON SATISFAIT</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Véhicule : %1 (%2)</translation>
    </message>
    <message>
        <source>Mass in running order: %1 kg → %2 kg (%3 %), removed %4 kg, kit %5 kg, GVW %6 kg</source>
        <translation>Masse en ordre de marche : %1 kg → %2 kg (%3 %), pièces déposées %4 kg, kit %5 kg, PTAC %6 kg</translation>
    </message>
    <message>
        <source>WLTC class %1 (PMR %2 W/kg)</source>
        <translation>Classe WLTC %1 (PMR %2 W/kg)</translation>
    </message>
    <message>
        <source>Power window (FR-07, %1): %2 kW of %3 kW = %4 % (65–100 %): %5</source>
        <translation>Fenêtre de puissance (FR-07, %1) : %2 kW sur %3 kW = %4 % (65–100 %) : %5</translation>
    </message>
    <message>
        <source>  %1: margin %2 %: %3</source>
        <translation>  %1 : marge %2 % : %3</translation>
    </message>
    <message>
        <source>  top speed %1 km/h, 0–%2 km/h in %3 s, ratio %4 (feasible %5 … %6)</source>
        <translation>  vitesse max. %1 km/h, 0–%2 km/h en %3 s, rapport %4 (plage réalisable %5 … %6)</translation>
    </message>
    <message>
        <source>Battery: %1 × %2 modules, %3–%4 V (inverter %5–%6 V: %7), %8 kWh usable of %9 kWh, %10 kg</source>
        <translation>Batterie : %1 × %2 modules, %3–%4 V (onduleur %5–%6 V : %7), %8 kWh utiles sur %9 kWh, %10 kg</translation>
    </message>
    <message>
        <source>  peak discharge %1 kW (%2), regen %3 kW (%4), AC charge 10→80 % in %5 h</source>
        <translation>  décharge crête %1 kW (%2), récupération %3 kW (%4), recharge AC 10→80 % en %5 h</translation>
    </message>
    <message>
        <source>, DC in %1 h</source>
        <translation>, DC en %1 h</translation>
    </message>
    <message>
        <source>Cycle                          Payload   Test mass  Wh/km  Wh/km(plug)  Range</source>
        <translation>Cycle                          Charge Masse d&apos;essai Wh/km Wh/km(prise) Autonomie</translation>
    </message>
    <message>
        <source>  (could not follow the trace)</source>
        <translation>  (profil de vitesse non suivi)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>--ruleset needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs one design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set %1 — %2 fail, %3 warning, %4 need evidence, %5 pass, %6 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (limit pending legal confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order %1 kg (%2 %), usable payload %3 kg, limited by %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>accepted: %1</source>
        <translation>valeurs admises : %1</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>is %1, out of range</source>
        <translation>vaut %1, hors plage</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not a confidence mark</source>
        <translation>n&apos;est pas un indice de confiance</translation>
    </message>
    <message>
        <source>must be a number (%1) or {value, source, confidence, note}</source>
        <translation>doit être un nombre (%1) ou {value, source, confidence, note}</translation>
    </message>
    <message>
        <source>needs f0_n, f1_n_per_kmh, f2_n_per_kmh2 and reference_mass_kg</source>
        <translation>nécessite f0_n, f1_n_per_kmh, f2_n_per_kmh2 et reference_mass_kg</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>doit être une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>needs power_kw and current_limit_a</source>
        <translation>nécessite power_kw et current_limit_a</translation>
    </message>
    <message>
        <source>must be an array of cycle ids or .csv paths</source>
        <translation>doit être un tableau d&apos;identifiants de cycle ou de chemins .csv</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>n&apos;est pas une base de puissance connue</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;remaster-design&quot;</source>
        <translation>doit valoir &quot;remaster-design&quot;</translation>
    </message>
    <message>
        <source>is not supported by this ReMaster</source>
        <translation>n&apos;est pas pris en charge par cette version de ReMaster</translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs length, width, height and wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Master III</source>
        <translation>Master III</translation>
    </message>
    <message>
        <source>Master IV</source>
        <translation>Master IV</translation>
    </message>
    <message>
        <source>Panel van</source>
        <translation>Fourgon</translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation>Châssis-cabine</translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation>Plancher-cabine</translation>
    </message>
    <message>
        <source>FWD</source>
        <translation>Traction</translation>
    </message>
    <message>
        <source>RWD</source>
        <translation>Propulsion</translation>
    </message>
    <message>
        <source>single rear wheels</source>
        <translation>roues arrière simples</translation>
    </message>
    <message>
        <source>twin rear wheels</source>
        <translation>roues arrière jumelées</translation>
    </message>
    <message>
        <source>%1, twin rear wheels</source>
        <translation>%1, roues arrière jumelées</translation>
    </message>
    <message>
        <source>Traction motors</source>
        <translation>Moteurs de traction</translation>
    </message>
    <message>
        <source>Inverters</source>
        <translation>Onduleurs</translation>
    </message>
    <message>
        <source>Reduction gears</source>
        <translation>Réducteurs</translation>
    </message>
    <message>
        <source>Battery modules</source>
        <translation>Modules de batterie</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Chargeurs</translation>
    </message>
    <message>
        <source>DC-DC converters</source>
        <translation>Convertisseurs DC-DC</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neuf</translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation>Seconde vie</translation>
    </message>
    <message>
        <source>On-board AC</source>
        <translation>AC embarqué</translation>
    </message>
    <message>
        <source>DC inlet</source>
        <translation>Prise DC</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Workshop build sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homologation dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done. HV: high-voltage safety step (highlighted); write the measured value in the blank and compare it with the required value printed next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion of a diesel vehicle to battery-electric drive (French decree of 13 March 2020)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle data before and after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power of the electric drive against the original engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axle loads for every load case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WLTC class, energy consumption and range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor performance against the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homologation rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage safety evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation attestation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-vehicle attestation following the model of Annex II of the decree of 13 March 2020 (regulation FR-22), pre-filled from the build sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the plate fixed next to the manufacturer&apos;s plate, in the same format, lines in this order (decree of 13 March 2020, art. 4; regulation FR-20). The wording is the decree&apos;s and stays in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification numbers of the components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor</source>
        <translation type="unfinished">Moteur</translation>
    </message>
    <message>
        <source>reduction ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverter, charger, DC-DC converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in series × %3 in parallel, %4 usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack voltage (empty – nominal – full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation type="unfinished">PTAC (F.1)</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total added mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off yet: this revision is not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished">Champ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of first registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type, variant, version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats including the driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technically permissible maximum laden mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation type="unfinished">Masse en ordre de marche</translation>
    </message>
    <message>
        <source>Maximum net power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.3 becomes EL (electricity). Mass in running order after conversion as computed from the mass sheet; the weighbridge ticket of the converted vehicle is the reference. The owner declares the changes to obtain a new registration certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30-minute power (UN R85)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum net power (UN R85)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original engine, maximum net power (P.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio electric / original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order before conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed diesel parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added conversion kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre of mass behind the front axle, before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen front-axle share, before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At GVW, load at the load-space centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At GVW, load at the chosen position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front axle / limit (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear axle / limit (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axle loads against their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axle load (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissible axle load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mass sheet in this snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gross vehicle weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable payload at the load-space centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-space centre behind the front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WLTC class (GTR 15, power-to-mass ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable battery energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mass (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery (Wh/km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the plug (Wh/km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption (Wh/km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery consumption per cycle phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hill start at GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained grade at GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel torque required / available (N·m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel power required / available (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel torque of the motor against the demand at GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable top speed %1, 0 to %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak wheel torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous wheel torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand on %1 grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules were not evaluated in this revision&apos;s snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* limit pending legal confirmation (see the rule set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation resistance, DC bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation resistance, AC bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation resistance, combined DC and AC buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double protection of the AC bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXD (cab and load space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXB (elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding resistance of exposed conductive parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earth connection for charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage warning symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange covering of HV cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery (REESS) approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>SHA-256 of this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the previous revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs (vehicles, components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash seals the stored revision; `remaster-cli sheet verify` recomputes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habilitated installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit maker (maker of the conversion device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the conversion device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prototype approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and type of the converted vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of first registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass of the vehicle in running order after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5.4.1 Technically permissible maximum laden mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum net power of the electric drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery-electric conversion of Renault Master VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;from&apos; must be a year from 1990 and &apos;to&apos; must not be before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below the gross vehicle weight (gvw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front and rear axle limits together must carry at least the gvw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be below the mass in running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be longer than the wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;from&apos; must be 2010 or later and &apos;to&apos; must not be before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one engine id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be N1 or N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1 allows a gvw of at most 3500 kg; use N2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N2 needs a gvw above 3500 kg; use N1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed the peak power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above dc_voltage_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed the peak phase current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie strictly between min_voltage and max_voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above output_voltage_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above input_voltage_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an id of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an engine option of this variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puts the pack&apos;s voltage window outside the inverter and motor DC range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one drive cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for the homologation check, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after a blank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time breaks the 1 s step (gap, repeat or wrong start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than 2 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the cycle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase is empty, overlaps or exceeds the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one grade per speed sample expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cycle id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above the mass in running order (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished">est absent</translation>
    </message>
    <message>
        <source>the converted van&apos;s centre of mass falls outside the wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum speed is not above the base speed peak_power/peak_torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must exceed min_voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished">doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be greater than the parameter it bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an EU vehicle category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has not been computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No high-voltage bus (EL-01): this requirement does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is above %3 V, outside R100&apos;s high-voltage class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is high voltage (&gt; %2 V, ≤ %3 V): the R100 rules EL-02 to EL-08 apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AC bus is high voltage (&gt; %1 V rms): the R100 rules EL-02 to EL-08 apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is not above %2 V: voltage class A, the R100 high-voltage rules do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC bus %1 V rms is above %2 V, outside R100&apos;s high-voltage class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an isolation measurement of at least %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %4 kΩ is below the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets %1 Ω/V × %2 V = %3 kΩ, but the test report is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically connected: EL-03 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically isolated: EL-02 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a bonding measurement below %1 Ω at a test current of at least %2 A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding %3 Ω is not below %1 Ω.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding %3 Ω was not measured with at least %2 A (test current %4 A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A meets &lt; %1 Ω, but the test report is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A is below %1 Ω.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high voltage: &gt; 60 V and ≤ 1500 V DC, or &gt; 30 V and ≤ 1000 V AC rms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation resistance, separate buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_iso ≥ 100 Ω/V (DC bus), ≥ 500 Ω/V (AC bus) × working voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation resistance, connected buses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R_iso ≥ 500 Ω/V × working voltage (100 Ω/V with AC double protection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against direct contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPXXD inside cab and load space, IPXXB elsewhere: evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection against indirect contact (bonding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonding resistance &lt; 0.1 Ω at a test current ≥ 0.2 A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-voltage marking and orange cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HV symbols and orange cable coverings: evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REESS approval or test reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 is not a goods-vehicle category N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is not consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1 classes apply to category N1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference mass %1 kg: N1 class %2 after conversion (class %3 before, %4 kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted van has not been weighed; declared mass %1 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed %1 kg is within ±%3 % of the declared %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed %1 kg is outside ±%3 % of the declared %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part A mass distribution applies to M1 and N1; category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, at least the GVW %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, less than the GVW %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg covers the mass in running order plus %2 passengers (%3 kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg does not cover the mass in running order plus %2 passengers (%3 kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, at least %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, below %3 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m is within the maximum %3 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m is above the maximum %3 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre load indices are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, at least the permissible axle mass %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, less than the permissible axle mass %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg: drivable with licence B (≤ %2 kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is above %2 kg: licence C1 needed unless a national derogation applies (EU-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is within licence B (%2 kg): no derogation needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is above the derogation&apos;s %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation for alternatively fuelled vans: licence B under conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation, but its transposition is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category consistent with GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1 ≤ 3500 kg &lt; N2 ≤ 12000 kg &lt; N3 (parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N1 class by reference mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class I: RW ≤ 1305 kg; II: ≤ 1760 kg; III above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed mass within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 − tol) × declared ≤ weighed ≤ (1 + tol) × declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass distribution (M1, N1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ axle masses ≥ GVW; GVW ≥ m_ro + passengers; front axle ≥ 30 % of GVW at GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length ≤ 12 m, width ≤ 2.55 m, height ≤ 4 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre load capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tyres&apos; load capacity on an axle ≥ permissible axle mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW ≤ 3500 kg (3500 included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence B derogation for alternatively fuelled vans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3500 kg &lt; GVW ≤ 4250 kg, where transposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 (M or N) is eligible for conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 (L) is eligible; its minimum age is the L one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 is not M, N or L: the retrofit decree does not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is registered in France in a definitive series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration status %1 is not a French definitive registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum age for a category outside M, N and L (see FR-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached on %3, on or before the conversion date %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4; waived by the manufacturer&apos;s technical agreement (FR-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle manufacturer&apos;s technical agreement is recorded: the age limit does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waiver needed: the vehicle meets the age limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is too young; only the manufacturer&apos;s technical agreement would allow the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original energy %1 includes a spark- or compression-ignition engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1 does not say whether the vehicle has a combustion engine or a fuel cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original energy %1 has no combustion engine: not a thermal-to-electric conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is registered as a collector vehicle, which the decree excludes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle is not registered as a collector vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, outside %5–%6 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, above +%4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, below −%4 % (the lower bound is not confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, within ±%4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg is unchanged from F.1 %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW %1 kg differs from F.1 %2 kg: the decree forbids changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: the decree requires it unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, within its permissible %4 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, above its permissible %4 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), within ±%4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), beyond ±%4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category changes from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat counts (S.1) before and after are not both given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats %1 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats change from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer&apos;s habilitation and its validity date are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer&apos;s habilitation is valid until %1, covering the conversion on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer&apos;s habilitation expired on %1, before the conversion on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VASP tow vehicle: a new authorisation to operate it as a tow vehicle must be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a VASP tow vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible vehicle category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J is M, N or L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitive French registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered in France in a definitive series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum vehicle age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion date ≥ B + N years (anniversary included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age waiver by manufacturer agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manufacturer&apos;s technical agreement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original powertrain is thermal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.3 includes a spark- or compression-ignition engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector vehicles excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered as véhicule de collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric power window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower × P.2 ≤ P_electric ≤ upper × P.2 (both ends included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of mass in running order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|m_ro,after − m_ro,before| ≤ tolerance × m_ro,before (ends included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F.1 after = F.1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|after − before| ≤ tolerance (0 m: unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axle loads and mass distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axle load ≤ permissible axle mass (reaching it passes); split change ≤ threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category and seats unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J and S.1 after = before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OBD malfunction lamp after conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-tampering provisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prototype approval (agrément) of the conversion type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer habilitation valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>habilitation valid until ≥ conversion date (that day included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VASP tow vehicle authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J.1 VASP with DEPANNAGE body → new authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class 3; 3a or 3b depends on the top speed, which is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class %2 (%3); the diesel van was class %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WLTC class by power-to-mass ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMR = P / (m_ro − 75 kg); class 1 ≤ 22 W/kg &lt; class 2 ≤ 34 W/kg &lt; class 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough modules for series × parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VIN has exactly 17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VIN never contains the letters I, O or Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VIN has only capital letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manufacturer code (first 3 characters) is not Renault&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the date of first registration (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an energy code of the registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither a bundled cycle nor a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document language &apos;%1&apos; (en or fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetReader</name>
    <message>
        <source>accepted: %1</source>
        <translation>accepté : %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a confidence level</source>
        <translation>« %1 » n&apos;est pas un niveau de confiance</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the unit of this parameter</source>
        <translation>« %1 » n&apos;est pas l&apos;unité de ce paramètre</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>n&apos;est pas une base de puissance</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l&apos;octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;remaster-ruleset&quot;</source>
        <translation>« format » doit valoir &quot;remaster-ruleset&quot;</translation>
    </message>
    <message>
        <source>unsupported &apos;format_version&apos;</source>
        <translation>« format_version » non pris en charge</translation>
    </message>
    <message>
        <source>&apos;ruleset_version&apos; is missing</source>
        <translation>« ruleset_version » est absent</translation>
    </message>
    <message>
        <source>&apos;parameters&apos; must be an object keyed by parameter name</source>
        <translation>« parameters » doit être un objet indexé par nom de paramètre</translation>
    </message>
    <message>
        <source>must be an object {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</source>
        <translation>doit être un objet {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</translation>
    </message>
    <message>
        <source>is not a parameter of this format</source>
        <translation>n&apos;est pas un paramètre de ce format</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>SheetCommand</name>
    <message>
        <source>  sheet new DESIGN.json [--customer NAME] [--notes TEXT]   a new draft build sheet; prints its number
  sheet list [--status draft|in-review|approved|built|archived] [--search TEXT]
             [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  sheet show NUMBER [--revision N]
  sheet submit|approve|build|archive|reject NUMBER --name NAME
             [--role engineer|workshop-lead|homologation]
  sheet export NUMBER... --out FILE   sheets with every revision and hash (JSON)
  sheet import FILE                   add the sheets of an export (all or nothing)
  sheet export-csv [--bom NUMBER] --out FILE   the sheet list, or one sheet&apos;s BOM, as CSV
  sheet verify                        recompute every hash; exit 1 when a sheet was altered
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished">%1 attend une valeur</translation>
    </message>
    <message>
        <source>sheet needs a subcommand:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sheet subcommand &apos;%1&apos;:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet new needs one design file (see: remaster-cli example-design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation type="unfinished">%1 ne peut pas être évalué :</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished">argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--status &apos;%1&apos; is not a status (draft, in-review, approved, built, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sheet show needs one sheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--revision must be between 1 and %1 for sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build sheet %1 — %2, revision %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN: %1   Registration: %2   First registration: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogs: vehicles %1, components %2; rule set: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: not evaluated in this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1 results, failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1, %2 kg at %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work steps (HV = high-voltage safety):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 by %3 (%4), %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1 (previous %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 needs one sheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 needs the signer&apos;s name: --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role &apos;%1&apos; is not a role (engineer, workshop-lead, homologation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1 is now %2 (revision %3), signed by %4 as %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet export needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet export needs at least one sheet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sheet(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sheet import needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished">impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 sheet(s); %2 already present unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet export-csv needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revision %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: every hash and chain link is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: %2 problem(s) found — the database was altered outside ReMaster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: rules not evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the template to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetJson</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished">est absent</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished">doit être un nombre</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished">doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished">doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished">doit être un objet</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished">doit être un tableau</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (draft, in-review, approved, built, archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the sheet&apos;s number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role (engineer, workshop-lead, homologation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished">ne doit pas être vide</translation>
    </message>
    <message>
        <source>the file is truncated (it ends at byte %1 in the middle of the JSON: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid JSON (at byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;remaster-sheets&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported (this version reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sheet number (YYYY-NNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold at least one revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 (revisions are numbered from 1 without gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the hash of the revision before it (chain broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the revision&apos;s content (the file was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot follow %2 in the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved although rule(s) %1 fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPrinter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document language &apos;%1&apos; (en or fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetStore</name>
    <message>
        <source>the database is open read-only; the sheet was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start saving the sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot number the sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no build sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 is %2 and cannot be changed (a sheet in review is sent back to draft first; an archived sheet never changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off needs the signer&apos;s name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 is %2; it cannot become %3 (allowed: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: rule(s) %2 fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change sheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished">ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>has no revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision numbers are not consecutive (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain broken: the previous hash does not match revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content does not match its hash (stored %1…, computed %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed flag does not match status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet list does not match its latest revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 already exists in this database with different content; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 cannot be stored: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 revision %2 cannot be stored: %3; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the import: %1; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: its homologation rules were not evaluated (complete the registration data of the design and save a new revision)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
</context>
<context>
    <name>WorkSteps</name>
    <message>
        <source>cannot read the work steps %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a work-step file (format &quot;remaster-worksteps&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: steps[%2] needs id, en, fr and hv_safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReMaster</source>
        <translation>ReMaster</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>remaster::storage::SheetListModel</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished">Variante</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::AboutDialog</name>
    <message>
        <source>About ReMaster</source>
        <translation>À propos de ReMaster</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Engineering workstation for converting diesel Renault Master vans to battery-electric.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Poste de travail d&apos;ingénierie pour la conversion de fourgons Renault Master diesel en véhicules électriques à batterie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; Every catalog figure carries its source and a confidence mark: A manufacturer document or concordant sources, B one reputable source, C weak or conflicting source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, drag coefficients and removed-part masses of the Master are largely unpublished: their representative values must be overridden from the vehicle&apos;s registration certificate or a weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis and VECTO delivery missions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sources des données.&lt;/b&gt; Chaque valeur du catalogue indique sa source et un indice de confiance : A document constructeur ou sources concordantes, B une source fiable, C source faible ou contradictoire, E dérivée par ReMaster (calcul indiqué), R valeur représentative. Les masses, les charges sur les essieux, les coefficients de traînée et les masses des pièces déposées du Master sont en grande partie non publiés : leurs valeurs représentatives doivent être remplacées par celles du certificat d&apos;immatriculation du véhicule ou d&apos;un ticket de pesée. Cycles de conduite : RTM ONU n° 15 (WLTC, via le JRC), Règlement ONU n° 83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis et missions de livraison VECTO.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval authority and its technical service have the last word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réalisé avec Qt %1 et Boost.Units. Rien dans ReMaster ne constitue un conseil juridique : l&apos;autorité d&apos;homologation et son service technique ont le dernier mot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;br&gt;&lt;b&gt;Data folder&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Settings&lt;/b&gt;: %8&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::BatteryPage</name>
    <message>
        <source>Battery &amp;module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules in &amp;series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel strings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC window, mi&amp;nimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOC window, ma&amp;ximum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-board &amp;charger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DC-DC converter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose battery module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose DC-DC converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change modules in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parallel strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change SOC window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules in series set the pack voltage: it must stay inside the inverter&apos;s and the motor&apos;s DC range from empty to full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1–%2 V (nominal %3 V); inverter accepts %4–%5 V: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules in series that fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh of %2 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules, mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak discharge at minimum SOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ENOUGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak regeneration at 50 % SOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC charge 10→80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC charge 10→80 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DC inlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Wh/km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::CatalogEntryEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Enter the figures of the real vehicle or part (registration certificate, weighbridge ticket, datasheet) and name their source. Confidence: A, B, C published; E derived by you; R representative.</source>
        <translation>Saisissez les valeurs réelles du véhicule ou de la pièce (certificat d&apos;immatriculation, ticket de pesée, fiche technique) et indiquez leur source. Confiance : A, B, C valeur publiée ; E dérivée par vous ; R représentative.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Id. source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentBrowser</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Search name or id</source>
        <translation>Rechercher un nom ou un identifiant</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>É&amp;tat :</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentTableModel</name>
    <message>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Puissance crête</translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation>Puissance continue</translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation>Couple crête</translation>
    </message>
    <message>
        <source>Max. speed</source>
        <translation>Régime max.</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Inverter</source>
        <translation>Onduleur</translation>
    </message>
    <message>
        <source>DC range</source>
        <translation>Plage DC</translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation>Courant de phase crête</translation>
    </message>
    <message>
        <source>Reduction gear</source>
        <translation>Réducteur</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Max. input torque</source>
        <translation>Couple d&apos;entrée max.</translation>
    </message>
    <message>
        <source>Battery module</source>
        <translation>Module de batterie</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chimie</translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation>Tension nominale</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Chargeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>DC-DC converter</source>
        <translation>Convertisseur DC-DC</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Plage d&apos;entrée</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid design:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignWorkspace</name>
    <message>
        <source>&lt;b&gt;Key results&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished">ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot evaluate this design:&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range, %1, empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range, %1, at GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km (%2 Wh/km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable energy / consumption at the battery over the cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power ratio (FR-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric power / original engine power P.2; the decree accepts 65–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation type="unfinished">Masse en ordre de marche</translation>
    </message>
    <message>
        <source>%1 kg (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished">%1 kg</translation>
    </message>
    <message>
        <source>The smaller of GVW − mass in running order and what each axle allows with the load at the load-space centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: complete the registration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::EntryDetailsView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Engine option</source>
        <translation>Motorisation</translation>
    </message>
    <message>
        <source>%1 %2, %3 kW</source>
        <translation>%1 %2, %3 kW</translation>
    </message>
    <message>
        <source>, %1 N·m</source>
        <translation>, %1 N·m</translation>
    </message>
</context>
<context>
    <name>remaster::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to ReMaster.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your catalogs and build sheets are stored in one database file:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Back it up with your other work files; it can be moved with &lt;i&gt;File → Open database&lt;/i&gt;. The demo database is a separate file (&lt;code&gt;%2&lt;/code&gt;) for trying ReMaster out: nothing you do there touches your own data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &amp;my database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::HomologationPage</name>
    <message>
        <source>Homologation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules cannot be checked yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set %1: %2 failing, %3 warnings, %4 needing evidence, %5 passed. Double-click a result to go to the field that drives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* This limit is a parameter of the rule set pending legal confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::MainWindow</name>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Véhicules</translation>
    </message>
    <message>
        <source>C&amp;omponents</source>
        <translation>C&amp;omposants</translation>
    </message>
    <message>
        <source>Renault Master variants and their diesel engines</source>
        <translation>Variantes du Renault Master et leurs moteurs diesel</translation>
    </message>
    <message>
        <source>Motors, inverters, gears, battery modules, chargers and DC-DC converters</source>
        <translation>Moteurs, onduleurs, réducteurs, modules de batterie, chargeurs et convertisseurs DC-DC</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Import catalog file…</source>
        <translation>&amp;Importer un fichier de catalogue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <source>Correct the selected entry with the real vehicle&apos;s or part&apos;s figures</source>
        <translation>Corriger l&apos;entrée sélectionnée avec les valeurs réelles du véhicule ou de la pièce</translation>
    </message>
    <message>
        <source>&amp;Duplicate entry…</source>
        <translation>&amp;Dupliquer l&apos;entrée…</translation>
    </message>
    <message>
        <source>Copy the selected entry as a new entry of your own</source>
        <translation>Copier l&apos;entrée sélectionnée comme nouvelle entrée personnelle</translation>
    </message>
    <message>
        <source>De&amp;lete my entry</source>
        <translation>&amp;Supprimer mon entrée</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ReMaster</source>
        <translation>À &amp;propos de ReMaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Vehicles %1 · %2 variants   Components %3 · %4 entries</source>
        <translation>Véhicules %1 · %2 variantes   Composants %3 · %4 entrées</translation>
    </message>
    <message>
        <source>%1 saved; later catalog updates will not overwrite it.</source>
        <translation>Entrée %1 enregistrée ; les mises à jour ultérieures du catalogue ne l&apos;écraseront pas.</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Dupliquer l&apos;entrée</translation>
    </message>
    <message>
        <source>Identifier of the new entry (a-z, 0-9, -):</source>
        <translation>Identifiant de la nouvelle entrée (a-z, 0-9, -) :</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Delete your entry %1? This cannot be undone.</source>
        <translation>Supprimer votre entrée %1 ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Import catalog file</source>
        <translation>Importer un fichier de catalogue</translation>
    </message>
    <message>
        <source>ReMaster catalog (*.json);;All files (*)</source>
        <translation>Catalogue ReMaster (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n entrée importée.</numerusform>
            <numerusform>%n entrées importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>ReMaster database (*.sqlite);;All files (*)</source>
        <translation>Base de données ReMaster (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster design (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster design (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrofit design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guided workflow: vehicle, motor, battery, mass and homologation of one conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;design…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of your database and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::MassPage</name>
    <message>
        <source>Mass &amp; axles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished">Masse</translation>
    </message>
    <message>
        <source>Position behind front axle</source>
        <translation type="unfinished">Position derrière l&apos;essieu avant</translation>
    </message>
    <message>
        <source>Load case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mass sheet needs a design that evaluates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished">%1 kg</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axle loads need the registration data on the Vehicle step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen (in running order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laden to GVW, load-space centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laden, payload at %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order %1 kg → %2 kg (%3 %). Usable payload at the load-space centre: %4 kg, limited by %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::MotorPage</name>
    <message>
        <source>&amp;Motor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inverter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ducer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR-07 power &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hill start at GVW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sustained grade at GVW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–50 km/h at GVW &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor and drivetrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose reducer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change hill start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sustained grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change acceleration time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change power basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor &amp; drivetrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required at wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor</source>
        <translation type="unfinished">Moteur</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hill start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–50 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every catalog motor with this design&apos;s inverter, ratio and pack: double-click to choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall ratio motor : wheel. Feasible range: from the hill-start torque (minimum) to the motor&apos;s maximum speed at the required top speed (maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation type="unfinished">Puissance crête</translation>
    </message>
    <message>
        <source>30-minute (continuous) power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot size the motor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 N·m, %2 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power window FR-07: %1 kW is %2 % of the original %3 kW (65–100 %): %4. Top speed %5 km/h, 0–50 km/h in %6 s. Feasible ratio %7 … %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel torque at GVW: motor envelope against demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantBrowser</name>
    <message>
        <source>Which Master is it?</source>
        <translation>De quel Master s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Search name or id (Ctrl+F)</source>
        <translation>Rechercher un nom ou un identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Part of the variant&apos;s name or identifier</source>
        <translation>Partie du nom ou de l&apos;identifiant de la variante</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <source>&amp;Generation:</source>
        <translation>&amp;Génération :</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Carro&amp;sserie :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>G&amp;VW:</source>
        <translation>P&amp;TAC :</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>Tra&amp;nsmission :</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur :</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Réin&amp;itialiser les filtres</translation>
    </message>
    <message>
        <source>Gross vehicle weight, field F.1 of the registration certificate</source>
        <translation>Poids total autorisé en charge, rubrique F.1 du certificat d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Original diesel engine, field P.2 (kW) of the registration certificate</source>
        <translation>Moteur diesel d&apos;origine, rubrique P.2 (kW) du certificat d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 %2 (%3 kW, %4)</source>
        <translation>%1 %2 (%3 kW, %4)</translation>
    </message>
    <message>
        <source>%1 of %2 variants</source>
        <translation>%1 sur %2 variantes</translation>
    </message>
    <message>
        <source>Roof &amp;height:</source>
        <translation>&amp;Hauteur de toit :</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantTableModel</name>
    <message>
        <source>Representative value, not this vehicle&apos;s own: enter field G of the registration certificate or a weighbridge figure.</source>
        <translation>Valeur représentative, pas celle de ce véhicule : saisissez la rubrique G du certificat d&apos;immatriculation ou une valeur relevée sur un ticket de pesée.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Génération</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Carrosserie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>GVW</source>
        <translation>PTAC</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Masse en ordre de marche</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VehiclePage</name>
    <message>
        <source>Choose variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit first registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished">Modifier %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine (P.2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VI&amp;N (E):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration (A):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First registration (B):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory (J):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order (G), kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW (F.1), kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front axle limit (7.1), kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear axle limit (7.2), kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen front axle load (weighed), kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original power (P.2), kW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renault&apos;s technical agreement is on file (waives the 5-year age limit, FR-04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters, no I, O or Q; Renault VINs start with VF1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields use the catalog value shown in grey. Enter the figures of this van&apos;s registration certificate or weighbridge ticket: they replace the catalog&apos;s, which are often representative values (R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
