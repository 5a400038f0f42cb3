<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchExporter</name>
    <message>
        <source>build sheet %1 not found</source>
        <translation>fiche de montage %1 introuvable</translation>
    </message>
    <message>
        <source>%1 exists (use --overwrite to replace it)</source>
        <translation>%1 existe déjà (utilisez --overwrite pour le remplacer)</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>catalog needs a subcommand: list, show, sources, validate, import, duplicate</source>
        <translation>catalog attend une sous-commande : list, show, sources, validate, import, duplicate</translation>
    </message>
    <message>
        <source>unknown catalog subcommand '%1'</source>
        <translation>sous-commande catalog inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--generation accepts master-3 or master-4, not '%1'</source>
        <translation>--generation accepte master-3 ou master-4, pas « %1 »</translation>
    </message>
    <message>
        <source>--body accepts panel-van, chassis-cab or platform-cab, not '%1'</source>
        <translation>--body accepte panel-van, chassis-cab ou platform-cab, pas « %1 »</translation>
    </message>
    <message>
        <source>--gvw accepts a mass in kg between 1 and 10000, not '%1'</source>
        <translation>--gvw accepte une masse en kg comprise entre 1 et 10000, pas « %1 »</translation>
    </message>
    <message>
        <source>--drive accepts fwd or rwd, not '%1'</source>
        <translation>--drive accepte fwd ou rwd, pas « %1 »</translation>
    </message>
    <message>
        <source>--rear-wheels accepts single or twin, not '%1'</source>
        <translation>--rear-wheels accepte single ou twin, pas « %1 »</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown list '%1' (accepted: %2)</source>
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
        <translation>catalog show attend exactement un identifiant d'entrée</translation>
    </message>
    <message>
        <source>there is no catalog entry '%1' (see: remaster-cli catalog list)</source>
        <translation>il n'existe aucune entrée de catalogue « %1 » (voir : remaster-cli catalog list)</translation>
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
        <translation>Confiance : A constructeur ou sources concordantes, B une source fiable, C source faible, E dérivée par ReMaster, R valeur représentative (à remplacer par la valeur du certificat d'immatriculation ou d'un ticket de pesée).</translation>
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
        <translation>catalog duplicate attend un identifiant d'entrée et un nouvel identifiant</translation>
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
        <source>has an unknown value '%1'</source>
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
        <source>'%1' is not a unit of %2</source>
        <translation>« %1 » n'est pas une unité de la grandeur %2</translation>
    </message>
    <message>
        <source>is missing: every figure needs a source</source>
        <translation>est absent : toute valeur doit citer sa source</translation>
    </message>
    <message>
        <source>'%1' is not in the file's source list</source>
        <translation>« %1 » ne figure pas dans la liste des sources du fichier</translation>
    </message>
    <message>
        <source>'%1' is not a confidence mark</source>
        <translation>« %1 » n'est pas un indice de confiance</translation>
    </message>
    <message>
        <source>is not a known phase</source>
        <translation>n'est pas une phase connue</translation>
    </message>
    <message>
        <source>is not a length code</source>
        <translation>n'est pas un code de longueur</translation>
    </message>
    <message>
        <source>is not a height code</source>
        <translation>n'est pas un code de hauteur</translation>
    </message>
    <message>
        <source>'%1' is not an engine of this catalog</source>
        <translation>« %1 » n'est pas un moteur de ce catalogue</translation>
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
        <source>'catalog' must be "vehicles" or "components"</source>
        <translation>« catalog » doit valoir "vehicles" ou "components"</translation>
    </message>
    <message>
        <source>'catalog_version' is missing</source>
        <translation>« catalog_version » est absent</translation>
    </message>
    <message>
        <source>'entries' must be an array</source>
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
        <translation>n'est pas un type de composant</translation>
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
        <source>R — representative value, not this vehicle's own</source>
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
        <translation>Charge admissible sur l'essieu avant</translation>
    </message>
    <message>
        <source>Permissible rear axle load</source>
        <translation>Charge admissible sur l'essieu arrière</translation>
    </message>
    <message>
        <source>Unladen front axle load</source>
        <translation>Charge à vide sur l'essieu avant</translation>
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
        <translation>Centre de la zone de chargement derrière l'essieu avant</translation>
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
        <translation>Position derrière l'essieu avant</translation>
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
        <translation>Couple d'entrée maximal</translation>
    </message>
    <message>
        <source>Maximum input speed</source>
        <translation>Régime d'entrée maximal</translation>
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
        <translation>Tension d'entrée minimale</translation>
    </message>
    <message>
        <source>Input voltage, maximum</source>
        <translation>Tension d'entrée maximale</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>database catalog '%1'</source>
        <translation>catalogue « %1 » de la base de données</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>La base de données est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>Unknown catalog '%1'.</source>
        <translation>Catalogue « %1 » inconnu.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>The file was not imported:
%1</source>
        <translation>Le fichier n'a pas été importé :
%1</translation>
    </message>
    <message>
        <source>Entry '%1' already exists; nothing was imported.</source>
        <translation>L'entrée « %1 » existe déjà ; rien n'a été importé.</translation>
    </message>
    <message>
        <source>There is no catalog entry '%1'.</source>
        <translation>Il n'existe aucune entrée de catalogue « %1 ».</translation>
    </message>
    <message>
        <source>Engines cannot be duplicated; duplicate a vehicle variant instead.</source>
        <translation>Les moteurs diesel ne peuvent pas être dupliqués ; dupliquez plutôt une variante de véhicule.</translation>
    </message>
    <message>
        <source>An entry '%1' already exists.</source>
        <translation>Une entrée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Only entries you added can be deleted; '%1' is not one of them.</source>
        <translation>Seules les entrées que vous avez ajoutées peuvent être supprimées ; « %1 » n'en fait pas partie.</translation>
    </message>
</context>
<context>
    <name>CheckJson</name>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation>justificatif requis</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n'existe pas</translation>
    </message>
    <message>
        <source>warning: bundled catalog: %1</source>
        <translation>avertissement : catalogue intégré : %1</translation>
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
        <source>unknown command '%1' (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db : %1</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URI</source>
        <translation>--db attend un chemin de fichier ou une URI postgresql://</translation>
    </message>
    <message>
        <source>Usage: remaster-cli [--db PATH|URI] [--ui-lang en|fr] COMMAND [ARGS] [--json]

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
  grade-modules MODULES.csv --module ID --series N --parallel N
               [--max-capacity-spread %] [--max-resistance-spread %] [--min-soh %]
                               assign measured second-life modules to strings
  find-kits DESIGN.json [--objective payload|range|kit-mass|consumption|charge-time]
               [--weights METRIC=W,…] [--top N] [--threads N] [--stock STOCK.json]
               [--modules BATCH.csv --batch-module ID] [--motors ID,…] [--inverters ID,…]
               [--reducers ID,…] [--module-types ID,…] [--chargers ID,…] [--ratio-step R]
               [--max-parallel N] [--min-range-km KM] [--range-cycle ID] [--min-payload-kg KG]
               [--max-kit-mass-kg KG] [--max-pack-volume-l L] [--max-charge-time-h H]
               [--no-rules] [--no-requirements] [--ruleset FILE] [--quiet]
                               search the catalog for the best legal kits (docs/kit-finder.md);
                               exit 1 when no kit is feasible
  cycles                       the bundled drive cycles
  sheet new|list|show|submit|approve|build|archive|reject|export|import|export-csv|verify
                               build sheets (remaster-cli sheet for details)
  db init                      a team database's schema, roles and grants (PostgreSQL)
  db copy --from LOCATION --to LOCATION [--merge]
                               move a whole database (SQLite &lt;-&gt; PostgreSQL);
                               every revision's hash is checked after the copy
  version                      program, schema and catalog versions

Options:
  --db PATH|URI   database: a file, sqlite:PATH, or a team server
                  postgresql://user@host:5432/database?sslmode=require
                  (password from ~/.pgpass or PGPASSWORD; default: %1)
  --json          machine-readable output; field names carry their unit
  --ui-lang LANG  language of messages (en or fr)

Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,
4 database error.
</source>
        <translation>Utilisation : remaster-cli [--db CHEMIN|URI] [--ui-lang en|fr] COMMANDE [ARGS] [--json]

Commandes :
  catalog list [vehicles|engines|motors|inverters|reducers|battery-modules|chargers|dcdcs|components]
               [--generation master-3|master-4] [--body panel-van|chassis-cab|platform-cab]
               [--length L1..L4] [--height H1..H3] [--gvw KG] [--drive fwd|rwd]
               [--rear-wheels single|twin] [--engine ID] [--search TEXTE]
  catalog show ID              tous les champs d'une entrée avec leur unité et leur source
  catalog sources              les sources citées par les catalogues
  catalog validate FICHIER     vérifie un fichier de catalogue sans l'importer
  catalog import FICHIER       ajoute les entrées d'un fichier de catalogue (tout ou rien)
  catalog duplicate ID NOUVEL_ID [--label TEXTE]
  example-design               affiche un projet complet et valide comme point de départ
  evaluate PROJET.json         dimensionnement, batterie, consommation et autonomie d'un projet
  check PROJET.json [--ruleset FICHIER]
                               chaque règle d'homologation et son résultat ; code de sortie 1 si l'une échoue
  grade-modules MODULES.csv --module ID --series N --parallel N
               [--max-capacity-spread %] [--max-resistance-spread %] [--min-soh %]
                               répartit des modules de seconde vie mesurés en branches
  find-kits PROJET.json [--objective payload|range|kit-mass|consumption|charge-time]
               [--weights METRIQUE=P,…] [--top N] [--threads N] [--stock STOCK.json]
               [--modules LOT.csv --batch-module ID] [--motors ID,…] [--inverters ID,…]
               [--reducers ID,…] [--module-types ID,…] [--chargers ID,…] [--ratio-step R]
               [--max-parallel N] [--min-range-km KM] [--range-cycle ID] [--min-payload-kg KG]
               [--max-kit-mass-kg KG] [--max-pack-volume-l L] [--max-charge-time-h H]
               [--no-rules] [--no-requirements] [--ruleset FICHIER] [--quiet]
                               cherche dans le catalogue les meilleurs kits homologables (docs/kit-finder.md) ;
                               code de sortie 1 si aucun kit ne convient
  cycles                       les cycles de conduite intégrés
  sheet new|list|show|submit|approve|build|archive|reject|export|import|export-csv|verify
                               fiches de montage (remaster-cli sheet pour le détail)
  db init                      schéma, rôles et droits d'une base d'équipe (PostgreSQL)
  db copy --from EMPLACEMENT --to EMPLACEMENT [--merge]
                               déplace une base entière (SQLite &lt;-&gt; PostgreSQL) ;
                               l'empreinte de chaque révision est vérifiée après la copie
  version                      versions du programme, du schéma et des catalogues

Options :
  --db CHEMIN|URI   base de données : un fichier, sqlite:CHEMIN, ou un serveur d'équipe
                    postgresql://utilisateur@hôte:5432/base?sslmode=require
                    (mot de passe dans ~/.pgpass ou PGPASSWORD ; par défaut : %1)
  --json            sortie lisible par machine ; les noms de champs portent leur unité
  --ui-lang LANGUE  langue des messages (en ou fr)

Code de sortie : 0 ok, 1 une vérification a échoué, 2 erreur d'utilisation,
3 entrée invalide ou identifiant inconnu, 4 erreur de base de données.
</translation>
    </message>
</context>
<context>
    <name>CycleNames</name>
    <message>
        <source>WLTC class 1</source>
        <translation>WLTC classe 1</translation>
    </message>
    <message>
        <source>WLTC class 2</source>
        <translation>WLTC classe 2</translation>
    </message>
    <message>
        <source>WLTC class 3a</source>
        <translation>WLTC classe 3a</translation>
    </message>
    <message>
        <source>WLTC class 3b</source>
        <translation>WLTC classe 3b</translation>
    </message>
    <message>
        <source>NEDC</source>
        <translation>NEDC</translation>
    </message>
    <message>
        <source>Artemis urban</source>
        <translation>Artemis urbain</translation>
    </message>
    <message>
        <source>Artemis rural road</source>
        <translation>Artemis routier</translation>
    </message>
    <message>
        <source>Artemis motorway 130</source>
        <translation>Artemis autoroute 130</translation>
    </message>
    <message>
        <source>Artemis motorway 150</source>
        <translation>Artemis autoroute 150</translation>
    </message>
    <message>
        <source>EPA UDDS (urban)</source>
        <translation>EPA UDDS (urbain)</translation>
    </message>
    <message>
        <source>EPA HWFET (highway)</source>
        <translation>EPA HWFET (autoroute)</translation>
    </message>
    <message>
        <source>VECTO urban delivery</source>
        <translation>VECTO livraison urbaine</translation>
    </message>
    <message>
        <source>VECTO regional delivery</source>
        <translation>VECTO livraison régionale</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 n'est pas une base de données ReMaster (ce n'est pas un fichier SQLite). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite integrity check: %2). It was left untouched; restore it from a backup.</source>
        <translation>%1 est endommagé (contrôle d'intégrité SQLite : %2). Le fichier n'a pas été modifié ; restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left untouched.</source>
        <translation>%1 est une base de données SQLite d'une autre application. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade but is read-only on disk.</source>
        <translation>%1 nécessite une mise à niveau du schéma, mais le fichier est en lecture seule sur le disque.</translation>
    </message>
    <message>
        <source>Cannot open %1 read-only: %2</source>
        <translation>Impossible d'ouvrir %1 en lecture seule : %2</translation>
    </message>
    <message>
        <source>This database was written by a newer ReMaster (schema %1; this version knows up to %2). It is open read-only; update ReMaster to edit it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de ReMaster (schéma %1 ; cette version connaît jusqu'au schéma %2). Elle est ouverte en lecture seule ; mettez ReMaster à jour pour la modifier.</translation>
    </message>
    <message>
        <source>%1 is read-only on disk; changes cannot be saved.</source>
        <translation>%1 est en lecture seule sur le disque ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Could not write the backup copy before upgrading %1: %2. Nothing was changed.</source>
        <translation>Impossible d'écrire la copie de sauvegarde avant la mise à niveau de %1 : %2. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. The database was left at schema %3.</source>
        <translation>La mise à niveau de %1 a échoué : %2. La base de données est restée au schéma %3.</translation>
    </message>
    <message>
        <source>schema %1 (%2): %3</source>
        <translation>schéma %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Impossible d'ouvrir la base de données : %1</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</source>
        <translation>Impossible d'ouvrir %1 : le pilote PostgreSQL de Qt (QPSQL) n'est pas installé. Sous Debian : apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another application (no ReMaster identity in remaster_meta). It was left untouched.</source>
        <translation>%1 contient les tables d'une autre application (pas d'identité ReMaster dans remaster_meta). Elle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a file, not a server</source>
        <translation>%1 est un fichier, pas un serveur</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n'est pas installé. Sous Debian : apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). The database is empty: ReMaster will create its tables when you open it.</source>
        <translation>Connecté (PostgreSQL %1). La base est vide : ReMaster y créera ses tables à l'ouverture.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database holds tables of another application: ReMaster will not use it.</source>
        <translation>Connecté (PostgreSQL %1), mais la base contient les tables d'une autre application : ReMaster ne l'utilisera pas.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1): a ReMaster database of a newer version (schema %2); it will open read-only.</source>
        <translation>Connecté (PostgreSQL %1) : une base ReMaster d'une version plus récente (schéma %2) ; elle s'ouvrira en lecture seule.</translation>
    </message>
    <message numerus="yes">
        <source>Connected (PostgreSQL %1): a ReMaster database, schema %2, %n build sheet(s).</source>
        <translation>
            <numerusform>Connecté (PostgreSQL %1) : une base ReMaster, schéma %2, %n fiche de montage.</numerusform>
            <numerusform>Connecté (PostgreSQL %1) : une base ReMaster, schéma %2, %n fiches de montage.</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection to %1 was lost and could not be made again: %2</source>
        <translation>la connexion à %1 a été perdue et n'a pas pu être rétablie : %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>catalog entry %1 exists in the target with other content entered there; nothing was overwritten (rename one of them and copy again)</source>
        <translation>l'entrée de catalogue %1 existe dans la cible avec un autre contenu saisi là-bas ; rien n'a été écrasé (renommez l'une des deux et copiez à nouveau)</translation>
    </message>
    <message>
        <source>both databases must be open</source>
        <translation>les deux bases de données doivent être ouvertes</translation>
    </message>
    <message>
        <source>the target %1 is open read-only; nothing was copied</source>
        <translation>la cible %1 est ouverte en lecture seule ; rien n'a été copié</translation>
    </message>
    <message>
        <source>the source and the target are the same database</source>
        <translation>la source et la cible sont la même base de données</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>lecture de la source impossible : %1</translation>
    </message>
    <message>
        <source>cannot read the target: %1</source>
        <translation>lecture de la cible impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>the target %1 already holds %n build sheet(s); copy into an empty database, or merge (--merge) to add the missing sheets</source>
        <translation>
            <numerusform>la cible %1 contient déjà %n fiche de montage ; copiez dans une base vide, ou fusionnez (--merge) pour ajouter les fiches manquantes</numerusform>
            <numerusform>la cible %1 contient déjà %n fiches de montage ; copiez dans une base vide, ou fusionnez (--merge) pour ajouter les fiches manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>catalog: %1; no build sheet was copied</source>
        <translation>catalogue : %1 ; aucune fiche de montage n'a été copiée</translation>
    </message>
    <message>
        <source>sheet %1 cannot be read from the source: %2; nothing was copied</source>
        <translation>la fiche %1 ne peut pas être lue dans la source : %2 ; rien n'a été copié</translation>
    </message>
    <message>
        <source>sheet %1 does not read back from the target as copied</source>
        <translation>la fiche %1 relue dans la cible ne correspond pas à la copie</translation>
    </message>
    <message>
        <source>sheet %1 revision %2: the hash in the target differs from the source</source>
        <translation>fiche %1 révision %2 : l'empreinte dans la cible diffère de la source</translation>
    </message>
    <message>
        <source>cannot verify the target: %1</source>
        <translation>vérification de la cible impossible : %1</translation>
    </message>
    <message>
        <source>the target does not verify after the copy: sheet %1 revision %2: %3</source>
        <translation>la cible ne passe pas la vérification après la copie : fiche %1 révision %2 : %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLocations</name>
    <message>
        <source>no database given: a file path, sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>aucune base de données indiquée : un chemin de fichier, sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>unknown database scheme '%1': accepted are a file path, sqlite:PATH and postgresql://</source>
        <translation>schéma de base de données « %1 » inconnu : sont acceptés un chemin de fichier, sqlite:CHEMIN et postgresql://</translation>
    </message>
    <message>
        <source>sqlite: needs a file path after the colon</source>
        <translation>sqlite: attend un chemin de fichier après les deux-points</translation>
    </message>
    <message>
        <source>the PostgreSQL URI holds a password; ReMaster never stores one: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD, and remove it from the URI</source>
        <translation>l'URI PostgreSQL contient un mot de passe ; ReMaster n'en enregistre jamais : mettez-le dans ~/.pgpass (ou le fichier que désigne PGPASSFILE) ou dans PGPASSWORD, et retirez-le de l'URI</translation>
    </message>
    <message>
        <source>the PostgreSQL host '%1' opens '[' without closing it</source>
        <translation>l'hôte PostgreSQL « %1 » ouvre « [ » sans le refermer</translation>
    </message>
    <message>
        <source>several PostgreSQL hosts ('%1') are not supported: give one</source>
        <translation>plusieurs hôtes PostgreSQL (« %1 ») ne sont pas pris en charge : indiquez-en un</translation>
    </message>
    <message>
        <source>port '%1' is not a TCP port (accepted: 1 … 65535)</source>
        <translation>le port « %1 » n'est pas un port TCP (accepté : 1 … 65535)</translation>
    </message>
    <message>
        <source>the PostgreSQL database name '%1' contains '/'</source>
        <translation>le nom de base PostgreSQL « %1 » contient « / »</translation>
    </message>
    <message>
        <source>unknown PostgreSQL connection option '%1'; accepted: %2</source>
        <translation>option de connexion PostgreSQL « %1 » inconnue ; acceptées : %2</translation>
    </message>
    <message>
        <source>the PostgreSQL connection option '%1' contains ';', which is not accepted</source>
        <translation>l'option de connexion PostgreSQL « %1 » contient « ; », ce qui n'est pas accepté</translation>
    </message>
    <message>
        <source>sslmode '%1' is not a libpq TLS mode; accepted: %2</source>
        <translation>sslmode « %1 » n'est pas un mode TLS de libpq ; acceptés : %2</translation>
    </message>
    <message>
        <source>the URI names two hosts ('%1' and host=%2): give one</source>
        <translation>l'URI nomme deux hôtes (« %1 » et host=%2) : indiquez-en un</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database: postgresql://user@host:port/DATABASE</source>
        <translation>l'URI PostgreSQL ne nomme aucune base : postgresql://utilisateur@hôte:port/BASE</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>db copy needs --from LOCATION and --to LOCATION</source>
        <translation>db copy attend --from EMPLACEMENT et --to EMPLACEMENT</translation>
    </message>
    <message>
        <source>db copy: unexpected argument %1</source>
        <translation>db copy : argument inattendu %1</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from : %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to : %1</translation>
    </message>
    <message>
        <source>copying: %1 %</source>
        <translation>copie : %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n build sheet(s) (%1 revisions, every hash checked) from %2 to %3 in %4 s.
</source>
        <translation>
            <numerusform>%n fiche de montage copiée (%1 révisions, chaque empreinte vérifiée) de %2 vers %3 en %4 s.
</numerusform>
            <numerusform>%n fiches de montage copiées (%1 révisions, chaque empreinte vérifiée) de %2 vers %3 en %4 s.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical sheet(s) were already in the target.
</source>
        <translation>
            <numerusform>%n fiche identique était déjà dans la cible.
</numerusform>
            <numerusform>%n fiches identiques étaient déjà dans la cible.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog: %1 entries and %2 sources of your own copied.
</source>
        <translation>Catalogue : %1 entrées et %2 sources à vous copiées.
</translation>
    </message>
    <message>
        <source>usage: remaster-cli db copy --from LOCATION --to LOCATION [--merge] [--json]
       remaster-cli --db postgresql://... db init [--json]
  LOCATION: a file, sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>utilisation : remaster-cli db copy --from EMPLACEMENT --to EMPLACEMENT [--merge] [--json]
               remaster-cli --db postgresql://... db init [--json]
  EMPLACEMENT : un fichier, sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>db init: unexpected argument %1</source>
        <translation>db init : argument inattendu %1</translation>
    </message>
    <message>
        <source>Team database %1 is ready (schema %2).
</source>
        <translation>La base d'équipe %1 est prête (schéma %2).
</translation>
    </message>
    <message>
        <source>Roles created: %1.
</source>
        <translation>Rôles créés : %1.
</translation>
    </message>
    <message>
        <source>Roles already there: %1.
</source>
        <translation>Rôles déjà présents : %1.
</translation>
    </message>
    <message>
        <source>Only members of remaster_homologation may now approve, and of remaster_workshop record a sheet built. Make each user a member, e.g.: GRANT remaster_homologation TO alice;
</source>
        <translation>Seuls les membres de remaster_homologation peuvent désormais approuver, et ceux de remaster_workshop enregistrer une fiche comme montée. Rendez chaque utilisateur membre, par exemple : GRANT remaster_homologation TO alice;
</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Sample sheet of the demo database.</source>
        <translation>Fiche d'exemple de la base de démonstration.</translation>
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
        <translation>%1 n'est pas un projet valide :</translation>
    </message>
    <message>
        <source>%1 km, %2 s, max %3 km/h</source>
        <translation>%1 km, %2 s, max. %3 km/h</translation>
    </message>
    <message>
        <source>Also accepted in a design: "wltc-auto" (the class the regulation assigns) and a path to a CSV file with columns time_s,speed_kmh[,grade_percent].</source>
        <translation>Également acceptés dans un projet : "wltc-auto" (la classe attribuée par la réglementation) et le chemin d'un fichier CSV de colonnes time_s,speed_kmh[,grade_percent].</translation>
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
        <translation>Cycle                          Charge Masse d'essai Wh/km Wh/km(prise) Autonomie</translation>
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
        <translation>--ruleset attend un fichier</translation>
    </message>
    <message>
        <source>check needs one design file</source>
        <translation>check attend un fichier de projet</translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used:</source>
        <translation>Le jeu de règles %1 est inutilisable :</translation>
    </message>
    <message>
        <source>%1 cannot be checked:</source>
        <translation>%1 ne peut pas être vérifié :</translation>
    </message>
    <message>
        <source>Rule set %1 — %2 fail, %3 warning, %4 need evidence, %5 pass, %6 not applicable</source>
        <translation>Jeu de règles %1 — %2 non conforme(s), %3 avertissement(s), %4 justificatif(s) requis, %5 conforme(s), %6 sans objet</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>mesuré %1</translation>
    </message>
    <message>
        <source>limits %1 … %2</source>
        <translation>limites %1 … %2</translation>
    </message>
    <message>
        <source>limit %1 %2</source>
        <translation>limite %1 %2</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>marge %1</translation>
    </message>
    <message>
        <source> (limit pending legal confirmation)</source>
        <translation> (limite en attente de confirmation juridique)</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg (%2 %), usable payload %3 kg, limited by %4</source>
        <translation>Masse en ordre de marche %1 kg (%2 %), charge utile disponible %3 kg, limitée par : %4</translation>
    </message>
    <message>
        <source>grade-modules needs MODULES.csv --module ID --series N --parallel N</source>
        <translation>grade-modules attend MODULES.csv --module ID --series N --parallel N</translation>
    </message>
    <message>
        <source>--series accepts 1 … 400, not '%1'</source>
        <translation>--series accepte 1 … 400, pas « %1 »</translation>
    </message>
    <message>
        <source>--parallel accepts 1 … 20, not '%1'</source>
        <translation>--parallel accepte 1 … 20, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 accepts 0 … %2 %, not '%3'</source>
        <translation>%1 accepte 0 … %2 %, pas « %3 »</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 n'est pas une liste de modules valide :</translation>
    </message>
    <message>
        <source>there is no battery module '%1' (see: remaster-cli catalog list battery-modules)</source>
        <translation>il n'existe aucun module de batterie « %1 » (voir : remaster-cli catalog list battery-modules)</translation>
    </message>
    <message>
        <source>%1 modules graded for %2 in series × %3 strings (%4)</source>
        <translation>%1 modules classés pour %2 en série × %3 branches (%4)</translation>
    </message>
    <message>
        <source>String %1: %2 Ah, spread %3 % capacity / %4 % resistance, lowest SOH %5 %: %6</source>
        <translation>Branche %1 : %2 Ah, dispersion %3 % en capacité / %4 % en résistance, SOH le plus bas %5 % : %6</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>NOT ACCEPTED</source>
        <translation>NON ACCEPTÉE</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Non utilisés : %1</translation>
    </message>
    <message>
        <source>Pack: %1 Ah, %2 kWh</source>
        <translation>Pack : %1 Ah, %2 kWh</translation>
    </message>
    <message>
        <source>WLTP (%1): TM_L %2 kg, TM_H %3 kg, %4%5%6</source>
        <translation>WLTP (%1) : TM_L %2 kg, TM_H %3 kg, %4%5%6</translation>
    </message>
    <message>
        <source>, downscaled by %1</source>
        <translation>, réduit (downscaling) de %1</translation>
    </message>
    <message>
        <source>, capped at %1 km/h</source>
        <translation>, plafonné à %1 km/h</translation>
    </message>
    <message>
        <source>  EC_AC %1 / %2 Wh/km from the mains, EC_DC %3 Wh/km at the battery, range %4 / %5 km (TM_L / TM_H)</source>
        <translation>  EC_AC %1 / %2 Wh/km au réseau, EC_DC %3 Wh/km à la batterie, autonomie %4 / %5 km (TM_L / TM_H)</translation>
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
        <translation>n'est pas un champ connu</translation>
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
        <translation>n'est pas un indice de confiance</translation>
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
        <translation>doit être un tableau d'identifiants de cycle ou de chemins .csv</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>n'est pas une base de puissance connue</translation>
    </message>
    <message>
        <source>must be "remaster-design"</source>
        <translation>doit valoir "remaster-design"</translation>
    </message>
    <message>
        <source>is not supported by this ReMaster</source>
        <translation>n'est pas pris en charge par cette version de ReMaster</translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation>n'est pas un statut d'immatriculation</translation>
    </message>
    <message>
        <source>needs length, width, height and wheelbase</source>
        <translation>nécessite length, width, height et wheelbase</translation>
    </message>
    <message>
        <source>needs capacity_ah and resistance_mohm</source>
        <translation>attend capacity_ah et resistance_mohm</translation>
    </message>
    <message>
        <source>must not be below wltp_optional_equipment_low_kg</source>
        <translation>ne doit pas être inférieur à wltp_optional_equipment_low_kg</translation>
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
        <source>hp</source>
        <translation>ch</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>à vide</translation>
    </message>
    <message>
        <source>half load</source>
        <translation>demi-charge</translation>
    </message>
    <message>
        <source>full load (GVW)</source>
        <translation>pleine charge (PTAC)</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <source>  sheet export-pdf NUMBER --out FILE [--lang en|fr] [--kind workshop|dossier|attestation|plate]
             [--paper a4|letter] [--pdfa] [--revision N] [--overwrite]
             [--kit-maker NAME] [--approval NUMBER] [--installer NAME] [--grayscale]
  sheet export-pdfs [NUMBER...] --dir DIR [--status STATUS] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
             [--lang en|fr] [--kind …] [--paper a4|letter] [--pdfa] [--overwrite] [--jobs N]
             one PDF per sheet, named NUMBER_VIN_KIND_LANG.pdf; progress on stderr;
             an existing file is kept unless --overwrite is given
</source>
        <translation>  sheet export-pdf NUMÉRO --out FICHIER [--lang en|fr] [--kind workshop|dossier|attestation|plate]
             [--paper a4|letter] [--pdfa] [--revision N] [--overwrite]
             [--kit-maker NOM] [--approval NUMÉRO] [--installer NOM] [--grayscale]
  sheet export-pdfs [NUMÉRO...] --dir DOSSIER [--status STATUT] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]
             [--lang en|fr] [--kind …] [--paper a4|letter] [--pdfa] [--overwrite] [--jobs N]
             un PDF par fiche, nommé NUMÉRO_VIN_TYPE_LANGUE.pdf ; progression sur stderr ;
             un fichier existant est conservé sauf si --overwrite est indiqué
</translation>
    </message>
    <message>
        <source>--lang '%1' is not a document language (en, fr)</source>
        <translation>--lang « %1 » n'est pas une langue de document (en, fr)</translation>
    </message>
    <message>
        <source>--kind '%1' is not a document (workshop, dossier, attestation, plate)</source>
        <translation>--kind « %1 » n'est pas un document (workshop, dossier, attestation, plate)</translation>
    </message>
    <message>
        <source>--paper '%1' is not a paper size (a4, letter)</source>
        <translation>--paper « %1 » n'est pas un format de papier (a4, letter)</translation>
    </message>
    <message>
        <source>sheet export-pdf needs --out FILE</source>
        <translation>sheet export-pdf attend --out FICHIER</translation>
    </message>
    <message>
        <source>sheet export-pdf needs one sheet number</source>
        <translation>sheet export-pdf attend un numéro de fiche</translation>
    </message>
    <message>
        <source>--revision '%1' is not a revision number</source>
        <translation>--revision « %1 » n'est pas un numéro de révision</translation>
    </message>
    <message>
        <source>%1 exists (use --overwrite to replace it)</source>
        <translation>%1 existe (utilisez --overwrite pour le remplacer)</translation>
    </message>
    <message>
        <source>sheet %1 has no revision %2</source>
        <translation>la fiche %1 n'a pas de révision %2</translation>
    </message>
    <message>
        <source>%1: %2 pages written to %3</source>
        <translation>%1 : %2 pages écrites dans %3</translation>
    </message>
    <message>
        <source>sheet export-pdfs needs --dir DIR</source>
        <translation>sheet export-pdfs attend --dir DOSSIER</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--status '%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>--status « %1 » n'est pas un statut (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>%1 '%2' is not a date (YYYY-MM-DD)</source>
        <translation>%1 « %2 » n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--jobs '%1' is not a number of jobs (1 … 256)</source>
        <translation>--jobs « %1 » n'est pas un nombre de tâches (1 … 256)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n'existe pas</translation>
    </message>
    <message>
        <source>no build sheet matches</source>
        <translation>aucune fiche de montage ne correspond</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>%1 written, %2 skipped (file exists), %3 failed in %4 s</source>
        <translation>%1 écrits, %2 ignorés (fichier existant), %3 en échec en %4 s</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Workshop build sheet</source>
        <translation>Fiche de montage atelier</translation>
    </message>
    <message>
        <source>Homologation dossier</source>
        <translation>Dossier d'homologation</translation>
    </message>
    <message>
        <source>Vehicle summary</source>
        <translation>Récapitulatif du véhicule</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <source>Work steps</source>
        <translation>Étapes de travail</translation>
    </message>
    <message>
        <source>Tick each step when it is done. HV: high-voltage safety step (highlighted); write the measured value in the blank and compare it with the required value printed next to it.</source>
        <translation>Cochez la case de chaque étape une fois celle-ci réalisée. HT : étape de sécurité haute tension (surlignée) ; inscrivez la valeur mesurée dans l'espace prévu et comparez-la à la valeur requise imprimée à côté.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>Conversion of a diesel vehicle to battery-electric drive (French decree of 13 March 2020)</source>
        <translation>Transformation d'un véhicule diesel en motorisation électrique à batterie (arrêté du 13 mars 2020)</translation>
    </message>
    <message>
        <source>Vehicle data before and after conversion</source>
        <translation>Caractéristiques du véhicule avant et après transformation</translation>
    </message>
    <message>
        <source>Power of the electric drive against the original engine</source>
        <translation>Puissance de la motorisation électrique comparée à celle du moteur d'origine</translation>
    </message>
    <message>
        <source>Masses</source>
        <translation>Masses</translation>
    </message>
    <message>
        <source>Axle loads for every load case</source>
        <translation>Charges à l'essieu pour chaque cas de charge</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>WLTC class, energy consumption and range</source>
        <translation>Classe WLTC, consommation d'énergie et autonomie</translation>
    </message>
    <message>
        <source>Motor performance against the requirements</source>
        <translation>Performances du moteur au regard des exigences</translation>
    </message>
    <message>
        <source>Homologation rules</source>
        <translation>Règles d'homologation</translation>
    </message>
    <message>
        <source>High-voltage safety evidence</source>
        <translation>Justificatifs de sécurité haute tension</translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation>Intégrité de l'enregistrement</translation>
    </message>
    <message>
        <source>Transformation attestation</source>
        <translation>Attestation de transformation</translation>
    </message>
    <message>
        <source>Transformation plate</source>
        <translation>Plaque de transformation</translation>
    </message>
    <message>
        <source>Per-vehicle attestation following the model of Annex II of the decree of 13 March 2020 (regulation FR-22), pre-filled from the build sheet.</source>
        <translation>Attestation individuelle établie selon le modèle de l'annexe II de l'arrêté du 13 mars 2020 (exigence réglementaire FR-22), pré-remplie à partir de la fiche de montage.</translation>
    </message>
    <message>
        <source>Text of the plate fixed next to the manufacturer's plate, in the same format, lines in this order (decree of 13 March 2020, art. 4; regulation FR-20). The wording is the decree's and stays in French.</source>
        <translation>Texte de la plaque apposée à côté de la plaque du constructeur, dans le même format, les lignes dans cet ordre (arrêté du 13 mars 2020, art. 4 ; exigence réglementaire FR-20). Le libellé est celui de l'arrêté et reste en français.</translation>
    </message>
    <message>
        <source>Identification numbers of the components</source>
        <translation>Numéros d'identification des composants</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>Kit maker</source>
        <translation>Fabricant du kit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Ingénieur</translation>
    </message>
    <message>
        <source>Workshop lead</source>
        <translation>Chef d'atelier</translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation>Homologation</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Numéro de fiche</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Original engine</source>
        <translation>Moteur d'origine</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Moteur électrique</translation>
    </message>
    <message>
        <source>reduction ratio</source>
        <translation>rapport de réduction</translation>
    </message>
    <message>
        <source>Inverter, charger, DC-DC converter</source>
        <translation>Onduleur, chargeur, convertisseur DC-DC</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>%1: %2 in series × %3 in parallel, %4 usable</source>
        <translation>%1 : %2 en série × %3 en parallèle, %4 utiles</translation>
    </message>
    <message>
        <source>Pack voltage (empty – nominal – full)</source>
        <translation>Tension du pack (vide – nominale – pleine charge)</translation>
    </message>
    <message>
        <source>Mass in running order before → after</source>
        <translation>Masse en ordre de marche avant → après</translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation>PTAC (F.1)</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Rep.</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Masse (kg)</translation>
    </message>
    <message>
        <source>Position (mm)</source>
        <translation>Position (mm)</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Numéros de série</translation>
    </message>
    <message>
        <source>Total added mass</source>
        <translation>Masse ajoutée totale</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Done by, date</source>
        <translation>Réalisé par, date</translation>
    </message>
    <message>
        <source>HV</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>No sign-off yet: this revision is not approved.</source>
        <translation>Aucun visa : cette révision n'est pas approuvée.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Before conversion</source>
        <translation>Avant transformation</translation>
    </message>
    <message>
        <source>After conversion</source>
        <translation>Après transformation</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>Numéro d'identification du véhicule</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d'immatriculation</translation>
    </message>
    <message>
        <source>Date of first registration</source>
        <translation>Date de première immatriculation</translation>
    </message>
    <message>
        <source>Type, variant, version</source>
        <translation>Type, variante, version</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>National genre</source>
        <translation>Genre national</translation>
    </message>
    <message>
        <source>Body work</source>
        <translation>Carrosserie</translation>
    </message>
    <message>
        <source>Seats including the driver</source>
        <translation>Places assises, y compris celle du conducteur</translation>
    </message>
    <message>
        <source>Technically permissible maximum laden mass</source>
        <translation>Masse en charge maximale techniquement admissible</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Masse en ordre de marche</translation>
    </message>
    <message>
        <source>Maximum net power</source>
        <translation>Puissance nette maximale</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Source d'énergie</translation>
    </message>
    <message>
        <source>P.3 becomes EL (electricity). Mass in running order after conversion as computed from the mass sheet; the weighbridge ticket of the converted vehicle is the reference. The owner declares the changes to obtain a new registration certificate.</source>
        <translation>P.3 devient EL (électricité). Masse en ordre de marche après transformation calculée d'après le bilan des masses ; le ticket de pesée du véhicule transformé fait foi. Le propriétaire déclare les modifications afin d'obtenir un nouveau certificat d'immatriculation.</translation>
    </message>
    <message>
        <source>30-minute power (UN R85)</source>
        <translation>puissance maximale sur 30 minutes (Règlement ONU n° 85)</translation>
    </message>
    <message>
        <source>maximum net power (UN R85)</source>
        <translation>puissance nette maximale (Règlement ONU n° 85)</translation>
    </message>
    <message>
        <source>Original engine, maximum net power (P.2)</source>
        <translation>Moteur d'origine, puissance nette maximale (P.2)</translation>
    </message>
    <message>
        <source>Electric drive</source>
        <translation>Motorisation électrique</translation>
    </message>
    <message>
        <source>Ratio electric / original</source>
        <translation>Rapport électrique / origine</translation>
    </message>
    <message>
        <source>Permitted range</source>
        <translation>Plage admise</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mass in running order before conversion</source>
        <translation>Masse en ordre de marche avant transformation</translation>
    </message>
    <message>
        <source>Removed diesel parts</source>
        <translation>Pièces diesel déposées</translation>
    </message>
    <message>
        <source>Added conversion kit</source>
        <translation>Kit de transformation ajouté</translation>
    </message>
    <message>
        <source>Mass in running order after conversion</source>
        <translation>Masse en ordre de marche après transformation</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Centre of mass behind the front axle, before → after</source>
        <translation>Centre de gravité derrière l'essieu avant, avant → après</translation>
    </message>
    <message>
        <source>Unladen front-axle share, before → after</source>
        <translation>Part de l'essieu avant à vide, avant → après</translation>
    </message>
    <message>
        <source>Unladen</source>
        <translation>À vide</translation>
    </message>
    <message>
        <source>At GVW, load at the load-space centre</source>
        <translation>Au PTAC, charge au centre de l'espace de chargement</translation>
    </message>
    <message>
        <source>At GVW, load at the chosen position</source>
        <translation>Au PTAC, charge à la position choisie</translation>
    </message>
    <message>
        <source>Load case</source>
        <translation>Cas de charge</translation>
    </message>
    <message>
        <source>Payload (kg)</source>
        <translation>Charge utile (kg)</translation>
    </message>
    <message>
        <source>Total (kg)</source>
        <translation>Total (kg)</translation>
    </message>
    <message>
        <source>Front axle / limit (kg)</source>
        <translation>Essieu avant / limite (kg)</translation>
    </message>
    <message>
        <source>Rear axle / limit (kg)</source>
        <translation>Essieu arrière / limite (kg)</translation>
    </message>
    <message>
        <source>Axle loads against their limits</source>
        <translation>Charges à l'essieu comparées à leurs limites</translation>
    </message>
    <message>
        <source>Axle load (kg)</source>
        <translation>Charge à l'essieu (kg)</translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation>Essieu avant</translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation>Essieu arrière</translation>
    </message>
    <message>
        <source>Permissible axle load</source>
        <translation>Charge admissible sur l'essieu</translation>
    </message>
    <message>
        <source>No mass sheet in this snapshot.</source>
        <translation>Aucun bilan des masses dans cet instantané.</translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation>l'essieu avant</translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation>l'essieu arrière</translation>
    </message>
    <message>
        <source>the gross vehicle weight</source>
        <translation>le PTAC</translation>
    </message>
    <message>
        <source>Usable payload at the load-space centre</source>
        <translation>Charge utile disponible au centre de l'espace de chargement</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Limitée par</translation>
    </message>
    <message>
        <source>Load-space centre behind the front axle</source>
        <translation>Centre de l'espace de chargement derrière l'essieu avant</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>à vide</translation>
    </message>
    <message>
        <source>half load</source>
        <translation>demi-charge</translation>
    </message>
    <message>
        <source>full load</source>
        <translation>pleine charge</translation>
    </message>
    <message>
        <source>WLTC class (GTR 15, power-to-mass ratio)</source>
        <translation>Classe WLTC (RTM ONU n° 15, rapport puissance/masse)</translation>
    </message>
    <message>
        <source>Cycle used</source>
        <translation>Cycle utilisé</translation>
    </message>
    <message>
        <source>Usable battery energy</source>
        <translation>Énergie utile de la batterie</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Test mass (kg)</source>
        <translation>Masse d'essai (kg)</translation>
    </message>
    <message>
        <source>Battery (Wh/km)</source>
        <translation>Batterie (Wh/km)</translation>
    </message>
    <message>
        <source>At the plug (Wh/km)</source>
        <translation>À la prise (Wh/km)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Autonomie (km)</translation>
    </message>
    <message>
        <source>Trace followed</source>
        <translation>Profil de vitesse suivi</translation>
    </message>
    <message>
        <source>Consumption (Wh/km)</source>
        <translation>Consommation (Wh/km)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Battery consumption per cycle phase: %1</source>
        <translation>Consommation de la batterie par phase du cycle : %1</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>Cycle complet</translation>
    </message>
    <message>
        <source>Hill start at GVW</source>
        <translation>Démarrage en côte au PTAC</translation>
    </message>
    <message>
        <source>Sustained grade at GVW</source>
        <translation>Pente soutenue au PTAC</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Vitesse maximale</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Wheel torque required / available (N·m)</source>
        <translation>Couple à la roue requis / disponible (N·m)</translation>
    </message>
    <message>
        <source>Wheel power required / available (kW)</source>
        <translation>Puissance à la roue requise / disponible (kW)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Wheel torque of the motor against the demand at GVW</source>
        <translation>Couple à la roue du moteur comparé au besoin au PTAC</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Vitesse (km/h)</translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation>Couple à la roue (N·m)</translation>
    </message>
    <message>
        <source>Reachable top speed %1, 0 to %2 in %3.</source>
        <translation>Vitesse maximale atteignable : %1 ; 0 à %2 en %3.</translation>
    </message>
    <message>
        <source>Peak wheel torque</source>
        <translation>Couple crête à la roue</translation>
    </message>
    <message>
        <source>Continuous wheel torque</source>
        <translation>Couple continu à la roue</translation>
    </message>
    <message>
        <source>Demand on %1 grade</source>
        <translation>Besoin sur une pente de %1</translation>
    </message>
    <message>
        <source>Rule set version: %1</source>
        <translation>Version du jeu de règles : %1</translation>
    </message>
    <message>
        <source>The rules were not evaluated in this revision's snapshot.</source>
        <translation>Les règles n'ont pas été évaluées dans l'instantané de cette révision.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence réglementaire</translation>
    </message>
    <message>
        <source>* limit pending legal confirmation (see the rule set).</source>
        <translation>* limite en attente de confirmation juridique (voir le jeu de règles).</translation>
    </message>
    <message>
        <source>Isolation resistance, DC bus</source>
        <translation>Résistance d'isolement, bus DC</translation>
    </message>
    <message>
        <source>Isolation resistance, AC bus</source>
        <translation>Résistance d'isolement, bus AC</translation>
    </message>
    <message>
        <source>Isolation resistance, combined DC and AC buses</source>
        <translation>Résistance d'isolement, bus DC et AC reliés</translation>
    </message>
    <message>
        <source>Double protection of the AC bus</source>
        <translation>Double protection du bus AC</translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXD (cab and load space)</source>
        <translation>Protection contre les contacts directs IPXXD (cabine et espace de chargement)</translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXB (elsewhere)</source>
        <translation>Protection contre les contacts directs IPXXB (autres emplacements)</translation>
    </message>
    <message>
        <source>Bonding resistance of exposed conductive parts</source>
        <translation>Résistance de liaison équipotentielle des parties conductrices exposées</translation>
    </message>
    <message>
        <source>Earth connection for charging</source>
        <translation>Raccordement à la terre pour la recharge</translation>
    </message>
    <message>
        <source>High-voltage warning symbols</source>
        <translation>Symboles d'avertissement haute tension</translation>
    </message>
    <message>
        <source>Orange covering of HV cables</source>
        <translation>Gaine orange des câbles HT</translation>
    </message>
    <message>
        <source>Battery (REESS) approval</source>
        <translation>Homologation de la batterie, SRSEE (REESS)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>SHA-256 of this revision</source>
        <translation>SHA-256 de cette révision</translation>
    </message>
    <message>
        <source>SHA-256 of the previous revision</source>
        <translation>SHA-256 de la révision précédente</translation>
    </message>
    <message>
        <source>Revision created</source>
        <translation>Création de la révision</translation>
    </message>
    <message>
        <source>Catalogs (vehicles, components)</source>
        <translation>Catalogues (véhicules, composants)</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Version du jeu de règles</translation>
    </message>
    <message>
        <source>The hash seals the stored revision; `remaster-cli sheet verify` recomputes it.</source>
        <translation>L'empreinte scelle la révision enregistrée ; `remaster-cli sheet verify` la recalcule.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Identification numbers</source>
        <translation>Numéros d'identification</translation>
    </message>
    <message>
        <source>Habilitated installer</source>
        <translation>Installateur habilité</translation>
    </message>
    <message>
        <source>Kit maker (maker of the conversion device)</source>
        <translation>Fabricant du kit (fabricant du dispositif de transformation)</translation>
    </message>
    <message>
        <source>Type of the conversion device</source>
        <translation>Type du dispositif de transformation</translation>
    </message>
    <message>
        <source>Prototype approval number</source>
        <translation>Numéro d'agrément de prototype</translation>
    </message>
    <message>
        <source>Make and type of the converted vehicle</source>
        <translation>Marque et type du véhicule transformé</translation>
    </message>
    <message>
        <source>Year of first registration</source>
        <translation>Année de première immatriculation</translation>
    </message>
    <message>
        <source>Mass of the vehicle in running order after conversion</source>
        <translation>Masse en ordre de marche du véhicule après transformation</translation>
    </message>
    <message>
        <source>5.4.1 Technically permissible maximum laden mass</source>
        <translation>5.4.1 Masse en charge maximale techniquement admissible</translation>
    </message>
    <message>
        <source>Maximum net power of the electric drive</source>
        <translation>Puissance nette maximale de la motorisation électrique</translation>
    </message>
    <message>
        <source>Date of the conversion</source>
        <translation>Date de la transformation</translation>
    </message>
    <message>
        <source>Build sheet</source>
        <translation>Fiche de montage</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2</source>
        <translation>Fiche %1, révision %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Battery-electric conversion of Renault Master VIN %1</source>
        <translation>Transformation en électrique à batterie du Renault Master VIN %1</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>rev. %1</source>
        <translation>rév. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NON CONFORME</translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation>justificatif requis</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Extra High</source>
        <translation>Très haute</translation>
    </message>
    <message>
        <source>WLTP type-approval procedure</source>
        <translation>Procédure WLTP de réception par type</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>UN GTR 15 and Regulation (EU) 2017/1151 Annex XXI: Type 1 test of a pure electric vehicle, shortened test procedure (Sub-Annex 8), simulated</source>
        <translation>RTM ONU n° 15 et règlement (UE) 2017/1151 annexe XXI : essai du type 1 d'un véhicule électrique pur, procédure d'essai abrégée (sous-annexe 8), simulée</translation>
    </message>
    <message>
        <source>Test masses TM_L / TM_H</source>
        <translation>Masses d'essai TM_L / TM_H</translation>
    </message>
    <message>
        <source>%1, %2 % of the maximum vehicle load</source>
        <translation>%1, %2 % de la charge maximale du véhicule</translation>
    </message>
    <message>
        <source>downscaled by %1</source>
        <translation>réduit (downscaling) de %1</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>plafonné à %1</translation>
    </message>
    <message>
        <source>Cycle driven</source>
        <translation>Cycle parcouru</translation>
    </message>
    <message>
        <source>Rated power, maximum speed</source>
        <translation>Puissance nominale, vitesse maximale</translation>
    </message>
    <message>
        <source>Usable battery energy to break-off (UBE)</source>
        <translation>Énergie utilisable de la batterie jusqu'au critère d'arrêt (UBE)</translation>
    </message>
    <message>
        <source>Consumption at the battery (EC_DC)</source>
        <translation>Consommation à la batterie (EC_DC)</translation>
    </message>
    <message>
        <source>Consumption from the mains (EC_AC), TM_L / TM_H</source>
        <translation>Consommation au réseau (EC_AC), TM_L / TM_H</translation>
    </message>
    <message>
        <source>All-electric range (AER), TM_L / TM_H</source>
        <translation>Autonomie en mode électrique pur (AER), TM_L / TM_H</translation>
    </message>
    <message>
        <source>Computed by ReMaster from the design, not measured on a dynamometer: the approval authority's test gives the figures of record.</source>
        <translation>Calculé par ReMaster à partir de la conception, non mesuré sur banc à rouleaux : seul l'essai de l'autorité de réception fait foi.</translation>
    </message>
</context>
<context>
    <name>JsonEnvelope</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>'format' must be "%1"</source>
        <translation>« format » doit valoir « %1 »</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>« format_version » non pris en charge</translation>
    </message>
    <message>
        <source>the key %1 appears twice (each key once per object)</source>
        <translation>la clé %1 apparaît deux fois (chaque clé une seule fois par objet)</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message>
        <source>find-kits needs one design file (see: remaster-cli find-kits --help)</source>
        <translation>find-kits demande un fichier de projet (voir : remaster-cli find-kits --help)</translation>
    </message>
    <message>
        <source>%1 accepts %2 … %3, not '%4'</source>
        <translation>%1 accepte %2 … %3, pas « %4 »</translation>
    </message>
    <message>
        <source>--objective accepts payload, range, kit-mass, consumption, charge-time, not '%1'</source>
        <translation>--objective accepte payload, range, kit-mass, consumption, charge-time, pas « %1 »</translation>
    </message>
    <message>
        <source>--weights accepts METRIC=WEIGHT,… with the metrics payload, range, kit-mass, consumption, charge-time, not '%1'</source>
        <translation>--weights accepte METRIQUE=POIDS,… avec les métriques payload, range, kit-mass, consumption, charge-time, pas « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid stock file:</source>
        <translation>%1 n'est pas un fichier de stock valide :</translation>
    </message>
    <message>
        <source>--modules needs --batch-module ID: the module type of the measured batch</source>
        <translation>--modules demande --batch-module ID : le type de module du lot mesuré</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 n'est pas une liste de modules valide :</translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used:</source>
        <translation>Le jeu de règles %1 est inutilisable :</translation>
    </message>
    <message>
        <source>find-kits: %1 % of %2 hardware combinations</source>
        <translation>find-kits : %1 % de %2 combinaisons de matériel</translation>
    </message>
    <message>
        <source>The kit search cannot run:</source>
        <translation>La recherche de kits ne peut pas démarrer :</translation>
    </message>
    <message>
        <source>%1 hardware combinations, %2 past the catalog checks; %3 kits judged, %4 ran the cycles, %5 feasible (%6 s on %7 threads)</source>
        <translation>%1 combinaisons de matériel, %2 après les contrôles du catalogue ; %3 kits jugés, %4 passés sur les cycles, %5 réalisables (%6 s sur %7 fils d'exécution)</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Écartés :</translation>
    </message>
    <message>
        <source>      payload %1 kg, kit %2 kg, charge %3 h</source>
        <translation>      charge utile %1 kg, kit %2 kg, recharge %3 h</translation>
    </message>
    <message>
        <source>, range %1 km (%2), %3 Wh/km</source>
        <translation>, autonomie %1 km (%2), %3 Wh/km</translation>
    </message>
    <message>
        <source>; tightest: %1</source>
        <translation> ; contrainte la plus serrée : %1</translation>
    </message>
    <message>
        <source>      misses %1 by %2 %</source>
        <translation>      manque %1 de %2 %</translation>
    </message>
    <message>
        <source>Current kit:</source>
        <translation>Kit actuel :</translation>
    </message>
    <message>
        <source>No kit meets every constraint. Nearest misses:</source>
        <translation>Aucun kit ne respecte toutes les contraintes. Les plus proches :</translation>
    </message>
    <message>
        <source>Best %1 by the objective:</source>
        <translation>Les %1 meilleurs selon l'objectif :</translation>
    </message>
    <message>
        <source>Pareto front (payload, range, kit mass, consumption, charge time): %1 kits</source>
        <translation>Front de Pareto (charge utile, autonomie, masse du kit, consommation, temps de recharge) : %1 kits</translation>
    </message>
    <message>
        <source>the design has no kit and the catalog no DC-DC converter to assume</source>
        <translation>la conception n'a pas de kit et le catalogue aucun convertisseur DC-DC à supposer</translation>
    </message>
    <message>
        <source>find-kits: the design has no kit; DC-DC converter assumed: %1</source>
        <translation>find-kits : la conception n'a pas de kit ; convertisseur DC-DC supposé : %1</translation>
    </message>
</context>
<context>
    <name>KitSearchJson</name>
    <message>
        <source>is not a JSON object: %1</source>
        <translation>n'est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>is not a module stock file</source>
        <translation>n'est pas un fichier de stock de modules</translation>
    </message>
    <message>
        <source>is not a supported version</source>
        <translation>n'est pas une version prise en charge</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n'est pas un champ connu</translation>
    </message>
    <message>
        <source>must list at least one module id with its count</source>
        <translation>doit lister au moins un identifiant de module avec sa quantité</translation>
    </message>
    <message>
        <source>must be a whole number of modules, not %1</source>
        <translation>doit être un nombre entier de modules, pas %1</translation>
    </message>
    <message>
        <source>appears twice (each key once per object)</source>
        <translation>apparaît deux fois (chaque clé une seule fois par objet)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>is not a finite number</source>
        <translation>n'est pas un nombre fini</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>est hors plage</translation>
    </message>
    <message>
        <source>'from' must be a year from 1990 and 'to' must not be before it</source>
        <translation>« from » doit être une année à partir de 1990 et « to » ne doit pas lui être antérieure</translation>
    </message>
    <message>
        <source>must be below the gross vehicle weight (gvw)</source>
        <translation>doit être inférieur au PTAC (gvw)</translation>
    </message>
    <message>
        <source>front and rear axle limits together must carry at least the gvw</source>
        <translation>les charges admissibles sur les essieux avant et arrière doivent totaliser au moins le gvw</translation>
    </message>
    <message>
        <source>must be below the mass in running order</source>
        <translation>doit être inférieur à la masse en ordre de marche</translation>
    </message>
    <message>
        <source>must be longer than the wheelbase</source>
        <translation>doit être supérieur à l'empattement</translation>
    </message>
    <message>
        <source>'from' must be 2010 or later and 'to' must not be before it</source>
        <translation>« from » doit être une année égale ou postérieure à 2010 et « to » ne doit pas lui être antérieure</translation>
    </message>
    <message>
        <source>at least one engine id is required</source>
        <translation>au moins un identifiant de moteur est obligatoire</translation>
    </message>
    <message>
        <source>must be N1 or N2</source>
        <translation>doit valoir N1 ou N2</translation>
    </message>
    <message>
        <source>N1 allows a gvw of at most 3500 kg; use N2</source>
        <translation>N1 admet un gvw de 3500 kg au plus ; utilisez N2</translation>
    </message>
    <message>
        <source>N2 needs a gvw above 3500 kg; use N1</source>
        <translation>N2 exige un gvw supérieur à 3500 kg ; utilisez N1</translation>
    </message>
    <message>
        <source>must not exceed the peak power</source>
        <translation>ne doit pas dépasser la puissance crête</translation>
    </message>
    <message>
        <source>must be above dc_voltage_min</source>
        <translation>doit être supérieur à dc_voltage_min</translation>
    </message>
    <message>
        <source>must not exceed the peak phase current</source>
        <translation>ne doit pas dépasser le courant de phase crête</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <source>must lie strictly between min_voltage and max_voltage</source>
        <translation>doit être strictement compris entre min_voltage et max_voltage</translation>
    </message>
    <message>
        <source>must be above output_voltage_min</source>
        <translation>doit être supérieur à output_voltage_min</translation>
    </message>
    <message>
        <source>must be above input_voltage_min</source>
        <translation>doit être supérieur à input_voltage_min</translation>
    </message>
    <message>
        <source>is not an id of the catalog</source>
        <translation>n'est pas un identifiant du catalogue</translation>
    </message>
    <message>
        <source>is not an engine option of this variant</source>
        <translation>n'est pas une motorisation de cette variante</translation>
    </message>
    <message>
        <source>puts the pack's voltage window outside the inverter and motor DC range</source>
        <translation>place la plage de tension du pack hors de la plage DC de l'onduleur et du moteur</translation>
    </message>
    <message>
        <source>must name at least one drive cycle</source>
        <translation>doit citer au moins un cycle de conduite</translation>
    </message>
    <message>
        <source>is required for the homologation check, as YYYY-MM-DD</source>
        <translation>est obligatoire pour la vérification d'homologation, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation>n'est pas un statut d'immatriculation</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>n'est pas une date valide</translation>
    </message>
    <message>
        <source>unexpected header</source>
        <translation>en-tête inattendu</translation>
    </message>
    <message>
        <source>data after a blank line</source>
        <translation>données après une ligne vide</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>nombre de colonnes incorrect</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>pas un nombre fini</translation>
    </message>
    <message>
        <source>time breaks the 1 s step (gap, repeat or wrong start)</source>
        <translation>le temps ne respecte pas le pas de 1 s (trou, répétition ou mauvais début)</translation>
    </message>
    <message>
        <source>speed out of range</source>
        <translation>vitesse hors plage</translation>
    </message>
    <message>
        <source>grade out of range</source>
        <translation>pente hors plage</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>fewer than 2 samples</source>
        <translation>moins de 2 échantillons</translation>
    </message>
    <message>
        <source>cannot open the cycle file</source>
        <translation>impossible d'ouvrir le fichier de cycle</translation>
    </message>
    <message>
        <source>phase is empty, overlaps or exceeds the trace</source>
        <translation>la phase est vide, chevauche une autre phase ou dépasse le profil de vitesse</translation>
    </message>
    <message>
        <source>one grade per speed sample expected</source>
        <translation>une pente attendue par échantillon de vitesse</translation>
    </message>
    <message>
        <source>unknown cycle id</source>
        <translation>identifiant de cycle inconnu</translation>
    </message>
    <message>
        <source>must be above the mass in running order (G)</source>
        <translation>doit être supérieur à la masse en ordre de marche (G)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>the converted van's centre of mass falls outside the wheelbase</source>
        <translation>le centre de gravité du fourgon transformé se situe hors de l'empattement</translation>
    </message>
    <message>
        <source>maximum speed is not above the base speed peak_power/peak_torque</source>
        <translation>le régime maximal n'est pas supérieur au régime de base peak_power/peak_torque</translation>
    </message>
    <message>
        <source>must exceed min_voltage</source>
        <translation>doit être supérieur à min_voltage</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>valeur hors plage</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be greater than the parameter it bounds</source>
        <translation>doit être supérieur au paramètre qu'il borne</translation>
    </message>
    <message>
        <source>Evidence %1 is recorded.</source>
        <translation>Le justificatif %1 est enregistré.</translation>
    </message>
    <message>
        <source>Evidence %1 is not recorded yet.</source>
        <translation>Le justificatif %1 n'est pas encore enregistré.</translation>
    </message>
    <message>
        <source>is not a valid calendar date</source>
        <translation>n'est pas une date calendaire valide</translation>
    </message>
    <message>
        <source>is not an EU vehicle category</source>
        <translation>n'est pas une catégorie de véhicule UE</translation>
    </message>
    <message>
        <source>has not been computed</source>
        <translation>n'a pas été calculé</translation>
    </message>
    <message>
        <source>No high-voltage bus (EL-01): this requirement does not apply.</source>
        <translation>Pas de bus haute tension (EL-01) : cette exigence est sans objet.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is above %3 V, outside R100's high-voltage class.</source>
        <translation>La tension maximale du pack, %1 V DC, dépasse %3 V : hors de la classe haute tension du R100.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is high voltage (&gt; %2 V, ≤ %3 V): the R100 rules EL-02 to EL-08 apply.</source>
        <translation>La tension maximale du pack, %1 V DC, relève de la haute tension (&gt; %2 V, ≤ %3 V) : les règles R100 EL-02 à EL-08 s'appliquent.</translation>
    </message>
    <message>
        <source>The AC bus is high voltage (&gt; %1 V rms): the R100 rules EL-02 to EL-08 apply.</source>
        <translation>Le bus AC est en haute tension (&gt; %1 V eff.) : les règles R100 EL-02 à EL-08 s'appliquent.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is not above %2 V: voltage class A, the R100 high-voltage rules do not apply.</source>
        <translation>La tension maximale du pack, %1 V DC, ne dépasse pas %2 V : classe de tension A, les règles haute tension du R100 ne s'appliquent pas.</translation>
    </message>
    <message>
        <source>AC bus %1 V rms is above %2 V, outside R100's high-voltage class.</source>
        <translation>Le bus AC, à %1 V eff., dépasse %2 V : hors de la classe haute tension du R100.</translation>
    </message>
    <message>
        <source>Needs an isolation measurement of at least %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>Une mesure d'isolement d'au moins %1 Ω/V × %2 V = %3 kΩ est requise.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ is below the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>La valeur mesurée de %4 kΩ est inférieure à la valeur requise de %1 Ω/V × %2 V = %3 kΩ.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets %1 Ω/V × %2 V = %3 kΩ, but the test report is not recorded.</source>
        <translation>La valeur mesurée de %4 kΩ satisfait %1 Ω/V × %2 V = %3 kΩ, mais le rapport d'essai n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>La valeur mesurée de %4 kΩ satisfait la valeur requise de %1 Ω/V × %2 V = %3 kΩ.</translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically connected: EL-03 applies.</source>
        <translation>Les bus DC et AC sont reliés galvaniquement : EL-03 s'applique.</translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically isolated: EL-02 applies.</source>
        <translation>Les bus DC et AC sont isolés galvaniquement : EL-02 s'applique.</translation>
    </message>
    <message>
        <source>Needs a bonding measurement below %1 Ω at a test current of at least %2 A.</source>
        <translation>Une mesure de liaison équipotentielle inférieure à %1 Ω sous un courant d'essai d'au moins %2 A est requise.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω is not below %1 Ω.</source>
        <translation>La liaison équipotentielle de %3 Ω n'est pas inférieure à %1 Ω.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω was not measured with at least %2 A (test current %4 A).</source>
        <translation>La liaison équipotentielle de %3 Ω n'a pas été mesurée sous au moins %2 A (courant d'essai %4 A).</translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A meets &lt; %1 Ω, but the test report is not recorded.</source>
        <translation>La liaison équipotentielle de %3 Ω sous %4 A satisfait &lt; %1 Ω, mais le rapport d'essai n'est pas enregistré.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A is below %1 Ω.</source>
        <translation>La liaison équipotentielle de %3 Ω sous %4 A est inférieure à %1 Ω.</translation>
    </message>
    <message>
        <source>High-voltage class</source>
        <translation>Classe haute tension</translation>
    </message>
    <message>
        <source>high voltage: &gt; 60 V and ≤ 1500 V DC, or &gt; 30 V and ≤ 1000 V AC rms</source>
        <translation>haute tension : &gt; 60 V et ≤ 1500 V DC, ou &gt; 30 V et ≤ 1000 V AC eff.</translation>
    </message>
    <message>
        <source>Isolation resistance, separate buses</source>
        <translation>Résistance d'isolement, bus séparés</translation>
    </message>
    <message>
        <source>R_iso ≥ 100 Ω/V (DC bus), ≥ 500 Ω/V (AC bus) × working voltage</source>
        <translation>R_iso ≥ 100 Ω/V (bus DC), ≥ 500 Ω/V (bus AC) × tension de service</translation>
    </message>
    <message>
        <source>Isolation resistance, connected buses</source>
        <translation>Résistance d'isolement, bus reliés</translation>
    </message>
    <message>
        <source>R_iso ≥ 500 Ω/V × working voltage (100 Ω/V with AC double protection)</source>
        <translation>R_iso ≥ 500 Ω/V × tension de service (100 Ω/V avec double protection du bus AC)</translation>
    </message>
    <message>
        <source>Protection against direct contact</source>
        <translation>Protection contre les contacts directs</translation>
    </message>
    <message>
        <source>IPXXD inside cab and load space, IPXXB elsewhere: evidence recorded</source>
        <translation>IPXXD dans la cabine et l'espace de chargement, IPXXB ailleurs : justificatif enregistré</translation>
    </message>
    <message>
        <source>Protection against indirect contact (bonding)</source>
        <translation>Protection contre les contacts indirects (liaison équipotentielle)</translation>
    </message>
    <message>
        <source>bonding resistance &lt; 0.1 Ω at a test current ≥ 0.2 A</source>
        <translation>résistance de liaison équipotentielle &lt; 0,1 Ω sous un courant d'essai ≥ 0,2 A</translation>
    </message>
    <message>
        <source>High-voltage marking and orange cables</source>
        <translation>Marquage haute tension et câbles orange</translation>
    </message>
    <message>
        <source>HV symbols and orange cable coverings: evidence recorded</source>
        <translation>symboles HT et gaines orange des câbles : justificatif enregistré</translation>
    </message>
    <message>
        <source>REESS approval or test reports</source>
        <translation>Homologation du SRSEE (REESS) ou rapports d'essai</translation>
    </message>
    <message>
        <source>evidence recorded</source>
        <translation>justificatif enregistré</translation>
    </message>
    <message>
        <source>Category %1 is not a goods-vehicle category N.</source>
        <translation>La catégorie %1 n'est pas une catégorie N de véhicules de transport de marchandises.</translation>
    </message>
    <message>
        <source>GVW %1 kg is consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation>Le PTAC de %1 kg est cohérent avec la catégorie %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</translation>
    </message>
    <message>
        <source>GVW %1 kg is not consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation>Le PTAC de %1 kg n'est pas cohérent avec la catégorie %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</translation>
    </message>
    <message>
        <source>N1 classes apply to category N1 only.</source>
        <translation>Les classes N1 ne s'appliquent qu'à la catégorie N1.</translation>
    </message>
    <message>
        <source>Reference mass %1 kg: N1 class %2 after conversion (class %3 before, %4 kg).</source>
        <translation>Masse de référence %1 kg : classe N1 %2 après transformation (classe %3 avant, %4 kg).</translation>
    </message>
    <message>
        <source>The converted van has not been weighed; declared mass %1 kg.</source>
        <translation>Le fourgon transformé n'a pas été pesé ; masse déclarée %1 kg.</translation>
    </message>
    <message>
        <source>Weighed %1 kg is within ±%3 % of the declared %2 kg.</source>
        <translation>La masse pesée de %1 kg est dans la tolérance de ±%3 % de la masse déclarée de %2 kg.</translation>
    </message>
    <message>
        <source>Weighed %1 kg is outside ±%3 % of the declared %2 kg.</source>
        <translation>La masse pesée de %1 kg est hors de la tolérance de ±%3 % de la masse déclarée de %2 kg.</translation>
    </message>
    <message>
        <source>Part A mass distribution applies to M1 and N1; category %1.</source>
        <translation>La répartition des masses de la partie A s'applique aux catégories M1 et N1 ; catégorie %1.</translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, at least the GVW %2 kg.</source>
        <translation>Les masses admissibles sur les essieux totalisent %1 kg, soit au moins le PTAC de %2 kg.</translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, less than the GVW %2 kg.</source>
        <translation>Les masses admissibles sur les essieux totalisent %1 kg, soit moins que le PTAC de %2 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg covers the mass in running order plus %2 passengers (%3 kg).</source>
        <translation>Le PTAC de %1 kg couvre la masse en ordre de marche plus %2 passagers (%3 kg).</translation>
    </message>
    <message>
        <source>GVW %1 kg does not cover the mass in running order plus %2 passengers (%3 kg).</source>
        <translation>Le PTAC de %1 kg ne couvre pas la masse en ordre de marche plus %2 passagers (%3 kg).</translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, at least %3 %.</source>
        <translation>Au PTAC, l'essieu avant supporte %1 kg, soit %2 % du PTAC, au moins %3 %.</translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, below %3 %.</source>
        <translation>Au PTAC, l'essieu avant supporte %1 kg, soit %2 % du PTAC, moins de %3 %.</translation>
    </message>
    <message>
        <source>%1 %2 m is within the maximum %3 m.</source>
        <translation>%1 : %2 m, dans la limite du maximum de %3 m.</translation>
    </message>
    <message>
        <source>%1 %2 m is above the maximum %3 m.</source>
        <translation>%1 : %2 m, au-delà du maximum de %3 m.</translation>
    </message>
    <message>
        <source>Tyre load indices are not recorded.</source>
        <translation>Les indices de charge des pneumatiques ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, at least the permissible axle mass %3 kg.</source>
        <translation>Les %1 pneumatiques supportent ensemble %2 kg, soit au moins la masse admissible sur l'essieu de %3 kg.</translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, less than the permissible axle mass %3 kg.</source>
        <translation>Les %1 pneumatiques supportent ensemble %2 kg, soit moins que la masse admissible sur l'essieu de %3 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg: drivable with licence B (≤ %2 kg).</source>
        <translation>PTAC de %1 kg : conduite possible avec le permis B (≤ %2 kg).</translation>
    </message>
    <message>
        <source>GVW %1 kg is above %2 kg: licence C1 needed unless a national derogation applies (EU-11).</source>
        <translation>Le PTAC de %1 kg dépasse %2 kg : permis C1 requis, sauf dérogation nationale applicable (EU-11).</translation>
    </message>
    <message>
        <source>GVW %1 kg is within licence B (%2 kg): no derogation needed.</source>
        <translation>Le PTAC de %1 kg relève du permis B (%2 kg) : aucune dérogation nécessaire.</translation>
    </message>
    <message>
        <source>GVW %1 kg is above the derogation's %3 kg.</source>
        <translation>Le PTAC de %1 kg dépasse les %3 kg de la dérogation.</translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation for alternatively fuelled vans: licence B under conditions.</source>
        <translation>Le PTAC de %1 kg est dans la plage de dérogation de %2 à %3 kg pour les fourgons à carburant alternatif : permis B sous conditions.</translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation, but its transposition is not confirmed.</source>
        <translation>Le PTAC de %1 kg est dans la plage de dérogation de %2 à %3 kg, mais sa transposition n'est pas confirmée.</translation>
    </message>
    <message>
        <source>Category consistent with GVW</source>
        <translation>Catégorie cohérente avec le PTAC</translation>
    </message>
    <message>
        <source>N1 ≤ 3500 kg &lt; N2 ≤ 12000 kg &lt; N3 (parameters)</source>
        <translation>N1 ≤ 3500 kg &lt; N2 ≤ 12000 kg &lt; N3 (paramètres)</translation>
    </message>
    <message>
        <source>N1 class by reference mass</source>
        <translation>Classe N1 selon la masse de référence</translation>
    </message>
    <message>
        <source>class I: RW ≤ 1305 kg; II: ≤ 1760 kg; III above</source>
        <translation>classe I : RW ≤ 1305 kg ; II : ≤ 1760 kg ; III au-delà</translation>
    </message>
    <message>
        <source>Weighed mass within tolerance</source>
        <translation>Masse pesée dans la tolérance</translation>
    </message>
    <message>
        <source>(1 − tol) × declared ≤ weighed ≤ (1 + tol) × declared</source>
        <translation>(1 − tol) × déclarée ≤ pesée ≤ (1 + tol) × déclarée</translation>
    </message>
    <message>
        <source>Mass distribution (M1, N1)</source>
        <translation>Répartition des masses (M1, N1)</translation>
    </message>
    <message>
        <source>Σ axle masses ≥ GVW; GVW ≥ m_ro + passengers; front axle ≥ 30 % of GVW at GVW</source>
        <translation>Σ masses admissibles sur les essieux ≥ PTAC ; PTAC ≥ m_ro + passagers ; essieu avant ≥ 30 % du PTAC, chargé au PTAC</translation>
    </message>
    <message>
        <source>Maximum dimensions</source>
        <translation>Dimensions maximales</translation>
    </message>
    <message>
        <source>length ≤ 12 m, width ≤ 2.55 m, height ≤ 4 m</source>
        <translation>longueur ≤ 12 m, largeur ≤ 2,55 m, hauteur ≤ 4 m</translation>
    </message>
    <message>
        <source>Tyre load capacity</source>
        <translation>Capacité de charge des pneumatiques</translation>
    </message>
    <message>
        <source>tyres' load capacity on an axle ≥ permissible axle mass</source>
        <translation>capacité de charge des pneumatiques d'un essieu ≥ masse admissible sur l'essieu</translation>
    </message>
    <message>
        <source>Driving licence B</source>
        <translation>Permis de conduire B</translation>
    </message>
    <message>
        <source>GVW ≤ 3500 kg (3500 included)</source>
        <translation>PTAC ≤ 3500 kg (3500 inclus)</translation>
    </message>
    <message>
        <source>Licence B derogation for alternatively fuelled vans</source>
        <translation>Dérogation au permis B pour les fourgons à carburant alternatif</translation>
    </message>
    <message>
        <source>3500 kg &lt; GVW ≤ 4250 kg, where transposed</source>
        <translation>3500 kg &lt; PTAC ≤ 4250 kg, là où la dérogation est transposée</translation>
    </message>
    <message>
        <source>Category %1 (M or N) is eligible for conversion.</source>
        <translation>La catégorie %1 (M ou N) est éligible à la transformation.</translation>
    </message>
    <message>
        <source>Category %1 (L) is eligible; its minimum age is the L one.</source>
        <translation>La catégorie %1 (L) est éligible ; l'âge minimal applicable est celui de la catégorie L.</translation>
    </message>
    <message>
        <source>Category %1 is not M, N or L: the retrofit decree does not cover it.</source>
        <translation>La catégorie %1 n'est ni M, ni N, ni L : l'arrêté sur le rétrofit ne la couvre pas.</translation>
    </message>
    <message>
        <source>The vehicle is registered in France in a definitive series.</source>
        <translation>Le véhicule est immatriculé en France dans une série définitive.</translation>
    </message>
    <message>
        <source>Registration status %1 is not a French definitive registration.</source>
        <translation>Le statut d'immatriculation %1 n'est pas une immatriculation française définitive.</translation>
    </message>
    <message>
        <source>No minimum age for a category outside M, N and L (see FR-01).</source>
        <translation>Pas d'âge minimal pour une catégorie autre que M, N et L (voir FR-01).</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached on %3, on or before the conversion date %4.</source>
        <translation>Première immatriculation le %1 : les %2 ans sont atteints le %3, au plus tard à la date de transformation (%4).</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4; waived by the manufacturer's technical agreement (FR-04).</source>
        <translation>Première immatriculation le %1 : les %2 ans ne sont atteints que le %3, après la date de transformation (%4) ; dérogation accordée par l'accord technique du constructeur (FR-04).</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4.</source>
        <translation>Première immatriculation le %1 : les %2 ans ne sont atteints que le %3, après la date de transformation (%4).</translation>
    </message>
    <message>
        <source>The vehicle manufacturer's technical agreement is recorded: the age limit does not apply.</source>
        <translation>L'accord technique du constructeur du véhicule est enregistré : la limite d'âge ne s'applique pas.</translation>
    </message>
    <message>
        <source>No waiver needed: the vehicle meets the age limit.</source>
        <translation>Aucune dérogation nécessaire : le véhicule respecte la limite d'âge.</translation>
    </message>
    <message>
        <source>The vehicle is too young; only the manufacturer's technical agreement would allow the conversion.</source>
        <translation>Le véhicule est trop récent ; seul l'accord technique du constructeur permettrait la transformation.</translation>
    </message>
    <message>
        <source>Original energy %1 includes a spark- or compression-ignition engine.</source>
        <translation>L'énergie d'origine %1 comprend un moteur à allumage commandé ou par compression.</translation>
    </message>
    <message>
        <source>Energy %1 does not say whether the vehicle has a combustion engine or a fuel cell.</source>
        <translation>L'énergie %1 ne permet pas de savoir si le véhicule possède un moteur à combustion ou une pile à combustible.</translation>
    </message>
    <message>
        <source>Original energy %1 has no combustion engine: not a thermal-to-electric conversion.</source>
        <translation>L'énergie d'origine %1 ne comporte pas de moteur à combustion : il ne s'agit pas d'une transformation thermique vers électrique.</translation>
    </message>
    <message>
        <source>The vehicle is registered as a collector vehicle, which the decree excludes.</source>
        <translation>Le véhicule est immatriculé comme véhicule de collection, ce que l'arrêté exclut.</translation>
    </message>
    <message>
        <source>The vehicle is not registered as a collector vehicle.</source>
        <translation>Le véhicule n'est pas immatriculé comme véhicule de collection.</translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %.</source>
        <translation>Puissance électrique (%1) de %2 kW, soit %3 % de la puissance d'origine de %4 kW : dans la plage %5–%6 %.</translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, outside %5–%6 %.</source>
        <translation>Puissance électrique (%1) de %2 kW, soit %3 % de la puissance d'origine de %4 kW : hors de la plage %5–%6 %.</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, above +%4 %.</source>
        <translation>La masse en ordre de marche de %1 kg s'écarte de %2 % de la masse d'origine de %3 kg, au-delà de +%4 %.</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, below −%4 % (the lower bound is not confirmed).</source>
        <translation>La masse en ordre de marche de %1 kg s'écarte de %2 % de la masse d'origine de %3 kg, en deçà de −%4 % (la borne inférieure n'est pas confirmée).</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, within ±%4 %.</source>
        <translation>La masse en ordre de marche de %1 kg s'écarte de %2 % de la masse d'origine de %3 kg, dans la limite de ±%4 %.</translation>
    </message>
    <message>
        <source>GVW %1 kg is unchanged from F.1 %2 kg.</source>
        <translation>Le PTAC de %1 kg est inchangé par rapport à F.1 (%2 kg).</translation>
    </message>
    <message>
        <source>GVW %1 kg differs from F.1 %2 kg: the decree forbids changing it.</source>
        <translation>Le PTAC de %1 kg diffère de F.1 (%2 kg) : l'arrêté interdit de le modifier.</translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: unchanged.</source>
        <translation>%1 : %2 m après transformation, %3 m avant : inchangé.</translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: the decree requires it unchanged.</source>
        <translation>%1 : %2 m après transformation, %3 m avant : l'arrêté exige que cette dimension reste inchangée.</translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, within its permissible %4 kg.</source>
        <translation>Essieu %1 : %3 kg dans le cas %2, dans la limite de sa charge admissible de %4 kg.</translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, above its permissible %4 kg.</source>
        <translation>Essieu %1 : %3 kg dans le cas %2, au-delà de sa charge admissible de %4 kg.</translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), within ±%4 points.</source>
        <translation>La part de l'essieu avant à vide passe de %1 % à %2 % (%3 points), dans la limite de ±%4 points.</translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), beyond ±%4 points.</source>
        <translation>La part de l'essieu avant à vide passe de %1 % à %2 % (%3 points), au-delà de ±%4 points.</translation>
    </message>
    <message>
        <source>Category %1 is unchanged.</source>
        <translation>La catégorie %1 est inchangée.</translation>
    </message>
    <message>
        <source>Category changes from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation>La catégorie passe de %2 à %1 : hors du champ de l'agrément de transformation, une autre réception est nécessaire.</translation>
    </message>
    <message>
        <source>Seat counts (S.1) before and after are not both given.</source>
        <translation>Le nombre de places assises (S.1) avant et après n'est pas renseigné dans les deux cas.</translation>
    </message>
    <message>
        <source>Seats %1 unchanged.</source>
        <translation>Nombre de places assises inchangé : %1.</translation>
    </message>
    <message>
        <source>Seats change from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation>Le nombre de places assises passe de %2 à %1 : hors du champ de l'agrément de transformation, une autre réception est nécessaire.</translation>
    </message>
    <message>
        <source>The installer's habilitation and its validity date are not recorded.</source>
        <translation>L'habilitation de l'installateur et sa date de validité ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>The installer's habilitation is valid until %1, covering the conversion on %2.</source>
        <translation>L'habilitation de l'installateur est valable jusqu'au %1 et couvre la transformation du %2.</translation>
    </message>
    <message>
        <source>The installer's habilitation expired on %1, before the conversion on %2.</source>
        <translation>L'habilitation de l'installateur a expiré le %1, avant la transformation du %2.</translation>
    </message>
    <message>
        <source>VASP tow vehicle: a new authorisation to operate it as a tow vehicle must be issued.</source>
        <translation>VASP dépannage : une nouvelle autorisation d'exploitation comme véhicule de dépannage doit être délivrée.</translation>
    </message>
    <message>
        <source>Not a VASP tow vehicle.</source>
        <translation>Pas un VASP dépannage.</translation>
    </message>
    <message>
        <source>Eligible vehicle category</source>
        <translation>Catégorie de véhicule éligible</translation>
    </message>
    <message>
        <source>J is M, N or L</source>
        <translation>J vaut M, N ou L</translation>
    </message>
    <message>
        <source>Definitive French registration</source>
        <translation>Immatriculation française définitive</translation>
    </message>
    <message>
        <source>registered in France in a definitive series</source>
        <translation>immatriculé en France dans une série définitive</translation>
    </message>
    <message>
        <source>Minimum vehicle age</source>
        <translation>Âge minimal du véhicule</translation>
    </message>
    <message>
        <source>conversion date ≥ B + N years (anniversary included)</source>
        <translation>date de transformation ≥ B + N ans (jour anniversaire inclus)</translation>
    </message>
    <message>
        <source>Age waiver by manufacturer agreement</source>
        <translation>Dérogation d'âge par accord du constructeur</translation>
    </message>
    <message>
        <source>manufacturer's technical agreement recorded</source>
        <translation>accord technique du constructeur enregistré</translation>
    </message>
    <message>
        <source>Original powertrain is thermal</source>
        <translation>Motorisation d'origine thermique</translation>
    </message>
    <message>
        <source>P.3 includes a spark- or compression-ignition engine</source>
        <translation>P.3 comprend un moteur à allumage commandé ou par compression</translation>
    </message>
    <message>
        <source>Collector vehicles excluded</source>
        <translation>Véhicules de collection exclus</translation>
    </message>
    <message>
        <source>not registered as véhicule de collection</source>
        <translation>non immatriculé comme véhicule de collection</translation>
    </message>
    <message>
        <source>Electric power window</source>
        <translation>Plage de puissance électrique</translation>
    </message>
    <message>
        <source>lower × P.2 ≤ P_electric ≤ upper × P.2 (both ends included)</source>
        <translation>borne inférieure × P.2 ≤ P_electric ≤ borne supérieure × P.2 (bornes incluses)</translation>
    </message>
    <message>
        <source>Change of mass in running order</source>
        <translation>Variation de la masse en ordre de marche</translation>
    </message>
    <message>
        <source>|m_ro,after − m_ro,before| ≤ tolerance × m_ro,before (ends included)</source>
        <translation>|m_ro,après − m_ro,avant| ≤ tolérance × m_ro,avant (bornes incluses)</translation>
    </message>
    <message>
        <source>GVW unchanged</source>
        <translation>PTAC inchangé</translation>
    </message>
    <message>
        <source>F.1 after = F.1 before</source>
        <translation>F.1 après = F.1 avant</translation>
    </message>
    <message>
        <source>Dimensions unchanged</source>
        <translation>Dimensions inchangées</translation>
    </message>
    <message>
        <source>|after − before| ≤ tolerance (0 m: unchanged)</source>
        <translation>|après − avant| ≤ tolérance (0 m : inchangée)</translation>
    </message>
    <message>
        <source>Axle loads and mass distribution</source>
        <translation>Charges à l'essieu et répartition des masses</translation>
    </message>
    <message>
        <source>axle load ≤ permissible axle mass (reaching it passes); split change ≤ threshold</source>
        <translation>charge à l'essieu ≤ masse admissible sur l'essieu (l'atteindre est conforme) ; variation de la répartition ≤ seuil</translation>
    </message>
    <message>
        <source>Category and seats unchanged</source>
        <translation>Catégorie et places assises inchangées</translation>
    </message>
    <message>
        <source>J and S.1 after = before</source>
        <translation>J et S.1 après = avant</translation>
    </message>
    <message>
        <source>No OBD malfunction lamp after conversion</source>
        <translation>Aucun témoin de défaillance OBD après transformation</translation>
    </message>
    <message>
        <source>Anti-tampering provisions</source>
        <translation>Protection contre les manipulations</translation>
    </message>
    <message>
        <source>Prototype approval (agrément) of the conversion type</source>
        <translation>Agrément de prototype du type de transformation</translation>
    </message>
    <message>
        <source>Test reports</source>
        <translation>Rapports d'essai</translation>
    </message>
    <message>
        <source>Installer habilitation valid</source>
        <translation>Habilitation de l'installateur en cours de validité</translation>
    </message>
    <message>
        <source>habilitation valid until ≥ conversion date (that day included)</source>
        <translation>fin de validité de l'habilitation ≥ date de transformation (ce jour inclus)</translation>
    </message>
    <message>
        <source>VASP tow vehicle authorisation</source>
        <translation>Autorisation du VASP dépannage</translation>
    </message>
    <message>
        <source>J.1 VASP with DEPANNAGE body → new authorisation</source>
        <translation>J.1 VASP avec carrosserie DEPANNAGE → nouvelle autorisation</translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class 3; 3a or 3b depends on the top speed, which is not given.</source>
        <translation>PMR %1 W/kg : classe WLTC 3 ; 3a ou 3b selon la vitesse maximale, qui n'est pas renseignée.</translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class %2 (%3); the diesel van was class %4.</source>
        <translation>PMR %1 W/kg : classe WLTC %2 (%3) ; le fourgon diesel était en classe %4.</translation>
    </message>
    <message>
        <source>WLTC class by power-to-mass ratio</source>
        <translation>Classe WLTC selon le rapport puissance/masse</translation>
    </message>
    <message>
        <source>PMR = P / (m_ro − 75 kg); class 1 ≤ 22 W/kg &lt; class 2 ≤ 34 W/kg &lt; class 3</source>
        <translation>PMR = P / (m_ro − 75 kg) ; classe 1 ≤ 22 W/kg &lt; classe 2 ≤ 34 W/kg &lt; classe 3</translation>
    </message>
    <message>
        <source>not enough modules for series × parallel</source>
        <translation>modules insuffisants pour série × parallèle</translation>
    </message>
    <message>
        <source>too many phases</source>
        <translation>trop de phases</translation>
    </message>
    <message>
        <source>a VIN has exactly 17 characters</source>
        <translation>un VIN compte exactement 17 caractères</translation>
    </message>
    <message>
        <source>a VIN never contains the letters I, O or Q</source>
        <translation>un VIN ne contient jamais les lettres I, O ou Q</translation>
    </message>
    <message>
        <source>a VIN has only capital letters and digits</source>
        <translation>un VIN ne comporte que des lettres majuscules et des chiffres</translation>
    </message>
    <message>
        <source>the manufacturer code (first 3 characters) is not Renault's</source>
        <translation>le code constructeur (3 premiers caractères) n'est pas celui de Renault</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message>
        <source>is before the date of first registration (B)</source>
        <translation>est antérieure à la date de première immatriculation (B)</translation>
    </message>
    <message>
        <source>is not an energy code of the registration certificate</source>
        <translation>n'est pas un code d'énergie du certificat d'immatriculation</translation>
    </message>
    <message>
        <source>is neither a bundled cycle nor a .csv file</source>
        <translation>n'est ni un cycle intégré ni un fichier .csv</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>WLTP applies to M1 and N1 vehicles only</source>
        <translation>la WLTP ne s'applique qu'aux véhicules M1 et N1</translation>
    </message>
    <message>
        <source>leaves no vehicle load above the mass in running order, 25 kg and the optional equipment</source>
        <translation>ne laisse aucune charge au-delà de la masse en ordre de marche, des 25 kg et des équipements optionnels</translation>
    </message>
    <message>
        <source>is too short for the WLTC class's downscaling window</source>
        <translation>est trop court pour la fenêtre de réduction (downscaling) de la classe WLTC</translation>
    </message>
    <message>
        <source>was not reached: the battery does not run down on this cycle</source>
        <translation>n'a pas été atteint : la batterie ne se décharge pas sur ce cycle</translation>
    </message>
    <message>
        <source>is too small for one complete WLTC before break-off</source>
        <translation>est trop faible pour un WLTC complet avant le critère d'arrêt</translation>
    </message>
    <message>
        <source>is an empty selection</source>
        <translation>est une sélection vide</translation>
    </message>
    <message>
        <source>is not in the catalog</source>
        <translation>n'est pas dans le catalogue</translation>
    </message>
    <message>
        <source>is not a cycle of the design's operation</source>
        <translation>n'est pas un cycle de l'exploitation du projet</translation>
    </message>
    <message>
        <source>are all zero</source>
        <translation>sont tous nuls</translation>
    </message>
    <message>
        <source>gives a pack that cannot deliver the WLTC's power: the test breaks off in the first cycle</source>
        <translation>donne une batterie incapable de fournir la puissance du WLTC : l'essai s'arrête dès le premier cycle</translation>
    </message>
</context>
<context>
    <name>ModuleCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1: the header must name the columns serial, capacity_ah and resistance_mohm</source>
        <translation>ligne %1 : l'en-tête doit nommer les colonnes serial, capacity_ah et resistance_mohm</translation>
    </message>
    <message>
        <source>line %1: %2 columns, the header has %3</source>
        <translation>ligne %1 : %2 colonnes, l'en-tête en a %3</translation>
    </message>
    <message>
        <source>line %1, serial: is empty</source>
        <translation>ligne %1, serial : est vide</translation>
    </message>
    <message>
        <source>line %1, serial: %2 appears twice</source>
        <translation>ligne %1, serial : %2 apparaît deux fois</translation>
    </message>
    <message>
        <source>line %1, %2: '%3' is not a number in %4 … %5 %6</source>
        <translation>ligne %1, %2 : « %3 » n'est pas un nombre dans %4 … %5 %6</translation>
    </message>
    <message>
        <source>the file lists no module</source>
        <translation>le fichier ne liste aucun module</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation>la fiche de montage n'a aucune révision</translation>
    </message>
    <message>
        <source>unknown document language '%1' (en or fr)</source>
        <translation>langue de document inconnue « %1 » (en ou fr)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de démarrer le PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
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
        <source>'%1' is not a confidence level</source>
        <translation>« %1 » n'est pas un niveau de confiance</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>'%1' is not the unit of this parameter</source>
        <translation>« %1 » n'est pas l'unité de ce paramètre</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>n'est pas une base de puissance</translation>
    </message>
    <message>
        <source>'ruleset_version' is missing</source>
        <translation>« ruleset_version » est absent</translation>
    </message>
    <message>
        <source>'parameters' must be an object keyed by parameter name</source>
        <translation>« parameters » doit être un objet indexé par nom de paramètre</translation>
    </message>
    <message>
        <source>must be an object {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</source>
        <translation>doit être un objet {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</translation>
    </message>
    <message>
        <source>is not a parameter of this format</source>
        <translation>n'est pas un paramètre de ce format</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>RuleUnits</name>
    <message>
        <source>d</source>
        <extracomment>Unit symbol of a number of days (a vehicle's age, a habilitation's validity).</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>pp</source>
        <extracomment>Unit of a difference between two percentages: percentage points.</extracomment>
        <translation>pts</translation>
    </message>
</context>
<context>
    <name>SheetCommand</name>
    <message>
        <source>sheet needs a subcommand:
%1</source>
        <translation>sheet attend une sous-commande :
%1</translation>
    </message>
    <message>
        <source>unknown sheet subcommand '%1':
%2</source>
        <translation>sous-commande sheet inconnue « %1 » :
%2</translation>
    </message>
    <message>
        <source>sheet new needs one design file (see: remaster-cli example-design)</source>
        <translation>sheet new attend un fichier de projet (voir : remaster-cli example-design)</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation>%1 ne peut pas être évalué :</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--status '%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>--status « %1 » n'est pas un statut (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>%1 '%2' is not a date (YYYY-MM-DD)</source>
        <translation>%1 « %2 » n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet show needs one sheet number</source>
        <translation>sheet show attend un numéro de fiche</translation>
    </message>
    <message>
        <source>--revision must be between 1 and %1 for sheet %2</source>
        <translation>--revision doit être compris entre 1 et %1 pour la fiche %2</translation>
    </message>
    <message>
        <source>Build sheet %1 — %2, revision %3 of %4</source>
        <translation>Fiche de montage %1 — %2, révision %3 sur %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>VIN: %1   Registration: %2   First registration: %3</source>
        <translation>VIN : %1   Immatriculation : %2   Première immatriculation : %3</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variante : %1</translation>
    </message>
    <message>
        <source>Catalogs: vehicles %1, components %2; rule set: %3</source>
        <translation>Catalogues : véhicules %1, composants %2 ; jeu de règles : %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Rules: not evaluated in this snapshot</source>
        <translation>Règles : non évaluées dans cet instantané</translation>
    </message>
    <message>
        <source>Rules: %1 results, failing: %2</source>
        <translation>Règles : %1 résultats, non conformes : %2</translation>
    </message>
    <message>
        <source>Bill of materials:</source>
        <translation>Nomenclature :</translation>
    </message>
    <message>
        <source>× %1, %2 kg at %3 mm</source>
        <translation>× %1, %2 kg à %3 mm</translation>
    </message>
    <message>
        <source>serials: %1</source>
        <translation>n° de série : %1</translation>
    </message>
    <message>
        <source>Work steps (HV = high-voltage safety):</source>
        <translation>Étapes de travail (HT = sécurité haute tension) :</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>requis : %1</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>mesuré : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Visas :</translation>
    </message>
    <message>
        <source>%1 → %2 by %3 (%4), %5</source>
        <translation>%1 → %2 par %3 (%4), %5</translation>
    </message>
    <message>
        <source>SHA-256: %1 (previous %2)</source>
        <translation>SHA-256 : %1 (précédente %2)</translation>
    </message>
    <message>
        <source>sheet %1 needs one sheet number</source>
        <translation>sheet %1 attend un numéro de fiche</translation>
    </message>
    <message>
        <source>sheet %1 needs the signer's name: --name NAME</source>
        <translation>sheet %1 attend le nom du signataire : --name NOM</translation>
    </message>
    <message>
        <source>--role '%1' is not a role (engineer, workshop-lead, homologation)</source>
        <translation>--role « %1 » n'est pas une fonction (engineer, workshop-lead, homologation)</translation>
    </message>
    <message>
        <source>Sheet %1 is now %2 (revision %3), signed by %4 as %5.</source>
        <translation>Fiche %1 : désormais %2 (révision %3), visée par %4 en tant que %5.</translation>
    </message>
    <message>
        <source>sheet export needs --out FILE</source>
        <translation>sheet export attend --out FICHIER</translation>
    </message>
    <message>
        <source>sheet export needs at least one sheet number</source>
        <translation>sheet export attend au moins un numéro de fiche</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sheet(s) to %1</source>
        <translation>
            <numerusform>%n fiche exportée vers %1</numerusform>
            <numerusform>%n fiches exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet import needs one file</source>
        <translation>sheet import attend un fichier</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n'a pas été importé : %2</translation>
    </message>
    <message>
        <source>Imported %1 sheet(s); %2 already present unchanged.</source>
        <translation>%1 fiche(s) importée(s) ; %2 déjà présente(s), inchangée(s).</translation>
    </message>
    <message>
        <source>sheet export-csv needs --out FILE</source>
        <translation>sheet export-csv attend --out FICHIER</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit : %1</translation>
    </message>
    <message>
        <source>%1 revision %2: %3</source>
        <translation>%1 révision %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: every hash and chain link is intact.</source>
        <translation>%1 fiche(s) vérifiée(s) : toutes les empreintes et tous les maillons de la chaîne sont intacts.</translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: %2 problem(s) found — the database was altered outside ReMaster.</source>
        <translation>%1 fiche(s) vérifiée(s) : %2 problème(s) détecté(s) — la base de données a été modifiée en dehors de ReMaster.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>  sheet new DESIGN.json [--customer NAME] [--notes TEXT]   a new draft build sheet; prints its number
  sheet list [--status draft|in-review|approved|built|archived] [--search TEXT]
             [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  sheet show NUMBER [--revision N]
  sheet submit|approve|build|archive|reject NUMBER --name NAME
             [--role engineer|workshop-lead|homologation] [--if-hash HASH]
             (--if-hash: only if the latest revision is still the one you read)
  sheet export NUMBER... --out FILE   sheets with every revision and hash (JSON)
  sheet import FILE                   add the sheets of an export (all or nothing)
  sheet export-csv [--bom NUMBER] --out FILE   the sheet list, or one sheet's BOM, as CSV
  sheet verify                        recompute every hash; exit 1 when a sheet was altered
</source>
        <translation>  sheet new PROJET.json [--customer NOM] [--notes TEXTE]   nouvelle fiche de montage en brouillon ; affiche son numéro
  sheet list [--status draft|in-review|approved|built|archived] [--search TEXTE]
             [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]
  sheet show NUMERO [--revision N]
  sheet submit|approve|build|archive|reject NUMERO --name NOM
             [--role engineer|workshop-lead|homologation] [--if-hash EMPREINTE]
             (--if-hash : seulement si la dernière révision est encore celle que vous avez lue)
  sheet export NUMERO... --out FICHIER   fiches avec toutes leurs révisions et empreintes (JSON)
  sheet import FICHIER                   ajoute les fiches d'un export (tout ou rien)
  sheet export-csv [--bom NUMERO] --out FICHIER   liste des fiches, ou nomenclature d'une fiche, en CSV
  sheet verify                           recalcule toutes les empreintes ; code de sortie 1 si une fiche a été altérée
</translation>
    </message>
    <message>
        <source>--if-hash needs a revision hash: 64 lower-case hexadecimal digits</source>
        <translation>--if-hash attend l'empreinte d'une révision : 64 chiffres hexadécimaux minuscules</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation>impossible de lire le modèle %1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot copy the template to %1</source>
        <translation>impossible de copier le modèle vers %1</translation>
    </message>
</context>
<context>
    <name>SheetFactory</name>
    <message>
        <source>the bundled rule set cannot be read</source>
        <translation>le jeu de règles intégré ne peut pas être lu</translation>
    </message>
    <message>
        <source>rules not evaluated: %1</source>
        <translation>règles non évaluées : %1</translation>
    </message>
</context>
<context>
    <name>SheetJson</name>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
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
        <source>'%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>« %1 » n'est pas un statut (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>does not match the sheet's number %1</source>
        <translation>ne correspond pas au numéro de la fiche %1</translation>
    </message>
    <message>
        <source>'%1' is not a role (engineer, workshop-lead, homologation)</source>
        <translation>« %1 » n'est pas une fonction (engineer, workshop-lead, homologation)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>the file is truncated (it ends at byte %1 in the middle of the JSON: %2)</source>
        <translation>le fichier est tronqué (il se termine à l'octet %1 au milieu du JSON : %2)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (at byte %1: %2)</source>
        <translation>le fichier n'est pas un JSON valide (à l'octet %1 : %2)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>must be "remaster-sheets"</source>
        <translation>doit valoir "remaster-sheets"</translation>
    </message>
    <message>
        <source>%1 is not supported (this version reads %2)</source>
        <translation>%1 n'est pas pris en charge (cette version lit %2)</translation>
    </message>
    <message>
        <source>'%1' is not a sheet number (YYYY-NNNN)</source>
        <translation>« %1 » n'est pas un numéro de fiche (AAAA-NNNN)</translation>
    </message>
    <message>
        <source>sheet %1 appears twice in the file</source>
        <translation>la fiche %1 figure deux fois dans le fichier</translation>
    </message>
    <message>
        <source>must hold at least one revision</source>
        <translation>doit contenir au moins une révision</translation>
    </message>
    <message>
        <source>must be %1 (revisions are numbered from 1 without gaps)</source>
        <translation>doit valoir %1 (les révisions sont numérotées à partir de 1, sans trou)</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>doit comporter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>does not match the hash of the revision before it (chain broken)</source>
        <translation>ne correspond pas à l'empreinte de la révision précédente (chaîne rompue)</translation>
    </message>
    <message>
        <source>does not match the revision's content (the file was altered)</source>
        <translation>ne correspond pas au contenu de la révision (le fichier a été modifié)</translation>
    </message>
    <message>
        <source>%1 cannot follow %2 in the workflow</source>
        <translation>%1 ne peut pas suivre %2 dans le circuit de validation</translation>
    </message>
    <message>
        <source>approved although rule(s) %1 fail</source>
        <translation>approuvée alors que la ou les règles %1 sont non conformes</translation>
    </message>
    <message>
        <source>the key %1 appears twice (each key once per object)</source>
        <translation>la clé %1 apparaît deux fois (chaque clé une seule fois par objet)</translation>
    </message>
</context>
<context>
    <name>SheetPrinter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation>la fiche de montage n'a aucune révision</translation>
    </message>
    <message>
        <source>unknown document language '%1' (en or fr)</source>
        <translation>langue de document inconnue « %1 » (en ou fr)</translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation>impossible de lancer l'impression</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>échec de l'impression</translation>
    </message>
</context>
<context>
    <name>SheetStore</name>
    <message>
        <source>the database is open read-only; the sheet was not saved</source>
        <translation>la base de données est ouverte en lecture seule ; la fiche n'a pas été enregistrée</translation>
    </message>
    <message>
        <source>cannot start saving the sheet: %1</source>
        <translation>impossible de commencer l'enregistrement de la fiche : %1</translation>
    </message>
    <message>
        <source>cannot number the sheet: %1</source>
        <translation>impossible de numéroter la fiche : %1</translation>
    </message>
    <message>
        <source>cannot save the sheet: %1</source>
        <translation>impossible d'enregistrer la fiche : %1</translation>
    </message>
    <message>
        <source>no build sheet %1</source>
        <translation>aucune fiche de montage %1</translation>
    </message>
    <message>
        <source>cannot read sheet %1: %2</source>
        <translation>impossible de lire la fiche %1 : %2</translation>
    </message>
    <message>
        <source>cannot save sheet %1: %2</source>
        <translation>impossible d'enregistrer la fiche %1 : %2</translation>
    </message>
    <message>
        <source>sheet %1 is %2 and cannot be changed (a sheet in review is sent back to draft first; an archived sheet never changes)</source>
        <translation>la fiche %1 est au statut %2 et ne peut pas être modifiée (une fiche en revue est d'abord renvoyée en brouillon ; une fiche archivée ne change jamais)</translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was changed</source>
        <translation>la base de données est ouverte en lecture seule ; rien n'a été modifié</translation>
    </message>
    <message>
        <source>a sign-off needs the signer's name (--name)</source>
        <translation>un visa exige le nom du signataire (--name)</translation>
    </message>
    <message>
        <source>cannot start the change: %1</source>
        <translation>impossible de commencer la modification : %1</translation>
    </message>
    <message>
        <source>sheet %1 is %2; it cannot become %3 (allowed: %4)</source>
        <translation>la fiche %1 est au statut %2 ; elle ne peut pas passer au statut %3 (statuts admis : %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: rule(s) %2 fail</source>
        <translation>la fiche %1 ne peut pas être approuvée : la ou les règles %2 sont non conformes</translation>
    </message>
    <message>
        <source>cannot change sheet %1: %2</source>
        <translation>impossible de modifier la fiche %1 : %2</translation>
    </message>
    <message>
        <source>sheet %1 has no revision</source>
        <translation>la fiche %1 n'a aucune révision</translation>
    </message>
    <message>
        <source>cannot list the sheets: %1</source>
        <translation>impossible de lister les fiches : %1</translation>
    </message>
    <message>
        <source>cannot count the sheets: %1</source>
        <translation>impossible de compter les fiches : %1</translation>
    </message>
    <message>
        <source>cannot read the sheets: %1</source>
        <translation>impossible de lire les fiches : %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>has no revision</source>
        <translation>n'a aucune révision</translation>
    </message>
    <message>
        <source>revision numbers are not consecutive (expected %1)</source>
        <translation>les numéros de révision ne se suivent pas (attendu : %1)</translation>
    </message>
    <message>
        <source>chain broken: the previous hash does not match revision %1</source>
        <translation>chaîne rompue : l'empreinte précédente ne correspond pas à la révision %1</translation>
    </message>
    <message>
        <source>content does not match its hash (stored %1…, computed %2…)</source>
        <translation>le contenu ne correspond pas à son empreinte (enregistrée %1…, calculée %2…)</translation>
    </message>
    <message>
        <source>sealed flag does not match status %1</source>
        <translation>l'indicateur de scellement ne correspond pas au statut %1</translation>
    </message>
    <message>
        <source>the sheet list does not match its latest revision %1</source>
        <translation>la liste des fiches ne correspond pas à la dernière révision %1 de la fiche</translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was imported</source>
        <translation>la base de données est ouverte en lecture seule ; rien n'a été importé</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>impossible de commencer l'import : %1</translation>
    </message>
    <message>
        <source>sheet %1 already exists in this database with different content; nothing was imported</source>
        <translation>la fiche %1 existe déjà dans cette base de données avec un contenu différent ; rien n'a été importé</translation>
    </message>
    <message>
        <source>sheet %1 cannot be stored: %2; nothing was imported</source>
        <translation>la fiche %1 ne peut pas être enregistrée : %2 ; rien n'a été importé</translation>
    </message>
    <message>
        <source>sheet %1 revision %2 cannot be stored: %3; nothing was imported</source>
        <translation>la révision %2 de la fiche %1 ne peut pas être enregistrée : %3 ; rien n'a été importé</translation>
    </message>
    <message>
        <source>cannot finish the import: %1; nothing was imported</source>
        <translation>impossible de terminer l'import : %1 ; rien n'a été importé</translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: its homologation rules were not evaluated (complete the registration data of the design and save a new revision)</source>
        <translation>la fiche %1 ne peut pas être approuvée : ses règles d'homologation n'ont pas été évaluées (complétez les données d'immatriculation du projet et enregistrez une nouvelle révision)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>sheet %1 was changed since you opened it: %2 saved revision %3 (%4) at %5. Nothing was saved; reload it to see their changes, or save yours again on top.</source>
        <translation>la fiche %1 a été modifiée depuis que vous l'avez ouverte : %2 a enregistré la révision %3 (%4) le %5. Rien n'a été enregistré ; rechargez-la pour voir ses modifications, ou enregistrez à nouveau les vôtres par-dessus.</translation>
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
    <name>TeamRoles</name>
    <message>
        <source>team roles exist only on a PostgreSQL server; %1 is a file</source>
        <translation>les rôles d'équipe n'existent que sur un serveur PostgreSQL ; %1 est un fichier</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>la base de données est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>cannot create role %1: %2 (db init needs a user with CREATEROLE)</source>
        <translation>impossible de créer le rôle %1 : %2 (db init demande un utilisateur ayant CREATEROLE)</translation>
    </message>
    <message>
        <source>cannot grant the team rights: %1</source>
        <translation>impossible d'accorder les droits de l'équipe : %1</translation>
    </message>
</context>
<context>
    <name>WorkSteps</name>
    <message>
        <source>cannot read the work steps %1: %2</source>
        <translation>impossible de lire les étapes de travail %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a work-step file (format "remaster-worksteps")</source>
        <translation>%1 n'est pas un fichier d'étapes de travail (format "remaster-worksteps")</translation>
    </message>
    <message>
        <source>%1: steps[%2] needs id, en, fr and hv_safety</source>
        <translation>%1 : steps[%2] nécessite id, en, fr et hv_safety</translation>
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
        <translation>La base de données n'a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>remaster::storage::SheetListModel</name>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
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
        <translation>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Poste de travail d'ingénierie pour la conversion de fourgons Renault Master diesel en véhicules électriques à batterie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; Every catalog figure carries its source and a confidence mark: A manufacturer document or concordant sources, B one reputable source, C weak or conflicting source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, drag coefficients and removed-part masses of the Master are largely unpublished: their representative values must be overridden from the vehicle's registration certificate or a weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis and VECTO delivery missions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sources des données.&lt;/b&gt; Chaque valeur du catalogue indique sa source et un indice de confiance : A document constructeur ou sources concordantes, B une source fiable, C source faible ou contradictoire, E dérivée par ReMaster (calcul indiqué), R valeur représentative. Les masses, les charges sur les essieux, les coefficients de traînée et les masses des pièces déposées du Master sont en grande partie non publiés : leurs valeurs représentatives doivent être remplacées par celles du certificat d'immatriculation du véhicule ou d'un ticket de pesée. Cycles de conduite : RTM ONU n° 15 (WLTC, via le JRC), Règlement ONU n° 83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis et missions de livraison VECTO.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval authority and its technical service have the last word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réalisé avec Qt %1 et Boost.Units. Rien dans ReMaster ne constitue un conseil juridique : l'autorité d'homologation et son service technique ont le dernier mot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;br&gt;&lt;b&gt;Data folder&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Settings&lt;/b&gt;: %8&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Catalogue véhicules&lt;/b&gt; %1 : %2 variantes, %3 moteurs diesel.&lt;br&gt;&lt;b&gt;Catalogue composants&lt;/b&gt; %4 : %5 composants.&lt;br&gt;&lt;b&gt;Base de données&lt;/b&gt; : %6&lt;br&gt;&lt;b&gt;Dossier des données&lt;/b&gt; : %7&lt;br&gt;&lt;b&gt;Paramètres&lt;/b&gt; : %8&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>remaster::ui::BatteryPage</name>
    <message>
        <source>Battery &amp;module:</source>
        <translation>&amp;Module de batterie :</translation>
    </message>
    <message>
        <source>Modules in &amp;series:</source>
        <translation>Modules en &amp;série :</translation>
    </message>
    <message>
        <source>&amp;Parallel strings:</source>
        <translation>&amp;Branches en parallèle :</translation>
    </message>
    <message>
        <source>SOC window, mi&amp;nimum:</source>
        <translation>Fenêtre de SOC, mi&amp;nimum :</translation>
    </message>
    <message>
        <source>SOC window, ma&amp;ximum:</source>
        <translation>Fenêtre de SOC, ma&amp;ximum :</translation>
    </message>
    <message>
        <source>On-board &amp;charger:</source>
        <translation>&amp;Chargeur embarqué :</translation>
    </message>
    <message>
        <source>&amp;DC-DC converter:</source>
        <translation>Convertisseur &amp;DC-DC :</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Choose battery module</source>
        <translation>Choisir le module de batterie</translation>
    </message>
    <message>
        <source>Choose charger</source>
        <translation>Choisir le chargeur</translation>
    </message>
    <message>
        <source>Choose DC-DC converter</source>
        <translation>Choisir le convertisseur DC-DC</translation>
    </message>
    <message>
        <source>Change modules in series</source>
        <translation>Modifier le nombre de modules en série</translation>
    </message>
    <message>
        <source>Change parallel strings</source>
        <translation>Modifier le nombre de branches en parallèle</translation>
    </message>
    <message>
        <source>Change SOC window</source>
        <translation>Modifier la fenêtre de SOC</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>At the plug</source>
        <translation>À la prise</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Modules in series set the pack voltage: it must stay inside the inverter's and the motor's DC range from empty to full.</source>
        <translation>Le nombre de modules en série fixe la tension du pack : elle doit rester dans la plage DC de l'onduleur et du moteur, de vide à pleine charge.</translation>
    </message>
    <message>
        <source>Pack %1–%2 V (nominal %3 V); inverter accepts %4–%5 V: %6.</source>
        <translation>Pack %1–%2 V (nominale %3 V) ; l'onduleur accepte %4–%5 V : %6.</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>dans la plage</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>HORS PLAGE</translation>
    </message>
    <message>
        <source>Modules in series that fit: %1.</source>
        <translation>Nombres de modules en série compatibles : %1.</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Énergie utile</translation>
    </message>
    <message>
        <source>%1 kWh of %2 kWh</source>
        <translation>%1 kWh sur %2 kWh</translation>
    </message>
    <message>
        <source>Peak discharge at minimum SOC</source>
        <translation>Décharge crête au SOC minimal</translation>
    </message>
    <message>
        <source>%1 kW (%2)</source>
        <translation>%1 kW (%2)</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>suffisant</translation>
    </message>
    <message>
        <source>NOT ENOUGH</source>
        <translation>INSUFFISANT</translation>
    </message>
    <message>
        <source>Peak regeneration at 50 % SOC</source>
        <translation>Récupération crête à 50 % de SOC</translation>
    </message>
    <message>
        <source>AC charge 10→80 %</source>
        <translation>Recharge AC 10→80 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>DC charge 10→80 %</source>
        <translation>Recharge DC 10→80 %</translation>
    </message>
    <message>
        <source>no DC inlet</source>
        <translation>pas de prise DC</translation>
    </message>
    <message>
        <source>%1 (%2 kg)</source>
        <translation>%1 (%2 kg)</translation>
    </message>
    <message>
        <source>%1 Wh/km</source>
        <translation>%1 Wh/km</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Consumption and range</source>
        <translation>Consommation et autonomie</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Second-life modules</source>
        <translation>Modules de seconde vie</translation>
    </message>
    <message>
        <source>Import measured modules</source>
        <translation>Importer des modules mesurés</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear measured modules</source>
        <translation>Effacer les modules mesurés</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 n'a pas été importé :
%2</translation>
    </message>
    <message>
        <source>%1, %2: battery power and state of charge</source>
        <translation>%1, %2 : puissance de la batterie et état de charge</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Battery power (kW) · SOC (%)</source>
        <translation>Puissance batterie (kW) · SOC (%)</translation>
    </message>
    <message>
        <source>Battery power (kW, + discharge)</source>
        <translation>Puissance batterie (kW, + décharge)</translation>
    </message>
    <message>
        <source>State of charge (%)</source>
        <translation>État de charge (%)</translation>
    </message>
    <message>
        <source>Range against payload: %1</source>
        <translation>Autonomie selon la charge : %1</translation>
    </message>
    <message>
        <source>Test mass (kg)</source>
        <translation>Masse d'essai (kg)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Autonomie (km)</translation>
    </message>
    <message>
        <source>No measured modules: the pack uses the catalog capacity of the module. Import the bench measurements of second-life modules to assign them to strings.</source>
        <translation>Aucun module mesuré : le pack utilise la capacité du module au catalogue. Importez les mesures au banc des modules de seconde vie pour les répartir en branches.</translation>
    </message>
    <message>
        <source>%1 Ah</source>
        <translation>%1 Ah</translation>
    </message>
    <message>
        <source>%1 mΩ</source>
        <translation>%1 mΩ</translation>
    </message>
    <message>
        <source>%1 modules measured; pack capacity %2 Ah (each string counts its weakest module); %3. Not used: %4.</source>
        <translation>%1 modules mesurés ; capacité du pack %2 Ah (chaque branche vaut son module le plus faible) ; %3. Non utilisés : %4.</translation>
    </message>
    <message>
        <source>every string within the acceptance thresholds</source>
        <translation>toutes les branches dans les seuils d'acceptation</translation>
    </message>
    <message>
        <source>&lt;b&gt;a string is outside the acceptance thresholds&lt;/b&gt;</source>
        <translation>&lt;b&gt;une branche est hors des seuils d'acceptation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2 (%3 kg)</source>
        <translation>%1, %2 (%3 kg)</translation>
    </message>
    <message>
        <source>Usable energy = gross energy × (SOC max − SOC min); gross = module energy × series × parallel</source>
        <translation>Énergie utile = énergie brute × (SOC max − SOC min) ; brute = énergie du module × série × parallèle</translation>
    </message>
    <message>
        <source>Modules in series × parallel strings; mass of the modules only (no housing, cooling or cabling)</source>
        <translation>Modules en série × branches en parallèle ; masse des modules seuls (sans carter, refroidissement ni câblage)</translation>
    </message>
    <message>
        <source>Peak discharge = terminal voltage × current at the module current limit × parallel strings, at the minimum SOC, against the motor's peak DC demand</source>
        <translation>Décharge crête = tension aux bornes × courant à la limite du module × branches en parallèle, au SOC minimal, comparée à la demande DC crête du moteur</translation>
    </message>
    <message>
        <source>Peak regeneration = voltage × charge-current limit at 50 % SOC, against the regenerative braking limit</source>
        <translation>Récupération crête = tension × limite de courant de charge à 50 % de SOC, comparée à la limite de freinage récupératif</translation>
    </message>
    <message>
        <source>AC charge time = energy from 10 to 80 % SOC / (charger power × efficiency), constant current</source>
        <translation>Durée de recharge AC = énergie de 10 à 80 % de SOC / (puissance du chargeur × rendement), à courant constant</translation>
    </message>
    <message>
        <source>DC charge time = energy from 10 to 80 % SOC / min(DC power, voltage × current limit)</source>
        <translation>Durée de recharge DC = énergie de 10 à 80 % de SOC / min(puissance DC, tension × limite de courant)</translation>
    </message>
    <message>
        <source>Net energy out of the battery over the cycle / distance (traction, losses and auxiliaries, minus what regenerative braking returned)</source>
        <translation>Énergie nette sortie de la batterie sur le cycle / distance (traction, pertes et auxiliaires, moins ce que la récupération a rendu)</translation>
    </message>
    <message>
        <source>Battery consumption / charger efficiency: what the meter at the plug counts</source>
        <translation>Consommation batterie / rendement du chargeur : ce que compte le compteur à la prise</translation>
    </message>
    <message>
        <source>Range = usable energy / consumption at the battery</source>
        <translation>Autonomie = énergie utile / consommation à la batterie</translation>
    </message>
    <message>
        <source>Modules (series × parallel)</source>
        <translation>Modules (série × parallèle)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Pack mass</source>
        <translation>Masse du pack</translation>
    </message>
    <message>
        <source>WLTP (type approval)</source>
        <translation>WLTP (réception par type)</translation>
    </message>
    <message>
        <source>not applicable: WLTP covers M1 and N1 vehicles</source>
        <translation>sans objet : la WLTP couvre les véhicules M1 et N1</translation>
    </message>
    <message>
        <source>Regulation (EC) 715/2007 art. 2: an N2 van is not tested on the WLTP</source>
        <translation>Règlement (CE) 715/2007 art. 2 : un utilitaire N2 n'est pas soumis à la WLTP</translation>
    </message>
    <message>
        <source>WLTP test mass TM_L / TM_H</source>
        <translation>Masse d'essai WLTP TM_L / TM_H</translation>
    </message>
    <message>
        <source>%1 / %2 kg</source>
        <translation>%1 / %2 kg</translation>
    </message>
    <message>
        <source>TM = mass in running order + 25 kg + optional equipment + %1 % of the maximum vehicle load (GTR 15 Annex 4 §4.2.1.3.1)</source>
        <translation>TM = masse en ordre de marche + 25 kg + équipements optionnels + %1 % de la charge maximale du véhicule (RTM 15 annexe 4 §4.2.1.3.1)</translation>
    </message>
    <message>
        <source>, downscaled by %1</source>
        <translation>, réduit (downscaling) de %1</translation>
    </message>
    <message>
        <source>, capped at %1 km/h</source>
        <translation>, plafonné à %1 km/h</translation>
    </message>
    <message>
        <source>WLTP cycle</source>
        <translation>Cycle WLTP</translation>
    </message>
    <message>
        <source>The class's cycle, downscaled when the power is short (GTR 15 Annex 1 §8) and capped at the maximum speed (Annex 1 §9)</source>
        <translation>Le cycle de la classe, réduit si la puissance est insuffisante (RTM 15 annexe 1 §8) et plafonné à la vitesse maximale (annexe 1 §9)</translation>
    </message>
    <message>
        <source>WLTP consumption from the mains (EC_AC)</source>
        <translation>Consommation WLTP au réseau (EC_AC)</translation>
    </message>
    <message>
        <source>%1 / %2 Wh/km</source>
        <translation>%1 / %2 Wh/km</translation>
    </message>
    <message>
        <source>EC_AC = recharged energy from the mains / all-electric range, at TM_L / TM_H (GTR 15 Annex 8 §4.3); the figure manufacturers publish</source>
        <translation>EC_AC = énergie rechargée au réseau / autonomie en mode électrique pur, à TM_L / TM_H (RTM 15 annexe 8 §4.3) ; le chiffre publié par les constructeurs</translation>
    </message>
    <message>
        <source>WLTP consumption at the battery (EC_DC)</source>
        <translation>Consommation WLTP à la batterie (EC_DC)</translation>
    </message>
    <message>
        <source>EC_DC = Σ K_j × battery energy of cycle j / its distance, K_1 = first cycle's energy / UBE (GTR 15 Annex 8 §4.4)</source>
        <translation>EC_DC = Σ K_j × énergie batterie du cycle j / sa distance, K_1 = énergie du premier cycle / UBE (RTM 15 annexe 8 §4.4)</translation>
    </message>
    <message>
        <source>WLTP all-electric range (AER)</source>
        <translation>Autonomie WLTP en mode électrique pur (AER)</translation>
    </message>
    <message>
        <source>%1 / %2 km</source>
        <translation>%1 / %2 km</translation>
    </message>
    <message>
        <source>AER = usable battery energy (%1 kWh measured to break-off) / EC_DC, at TM_L / TM_H</source>
        <translation>AER = énergie utilisable de la batterie (%1 kWh mesurés jusqu'au critère d'arrêt) / EC_DC, à TM_L / TM_H</translation>
    </message>
</context>
<context>
    <name>remaster::ui::BuildSheetPage</name>
    <message>
        <source>Workshop record</source>
        <translation>Relevé d'atelier</translation>
    </message>
    <message>
        <source>Workshop lead's name, for the sign-off:</source>
        <translation>Nom du chef d'atelier, pour le visa :</translation>
    </message>
    <message>
        <source>Build sheet</source>
        <translation>Fiche de montage</translation>
    </message>
    <message>
        <source>&amp;Create build sheet from this design…</source>
        <translation>&amp;Créer une fiche de montage depuis ce projet…</translation>
    </message>
    <message>
        <source>Show in &amp;build sheets</source>
        <translation>Afficher dans les &amp;fiches de montage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>HV</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation>Numéros de série (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Workshop notes</source>
        <translation>Notes d'atelier</translation>
    </message>
    <message>
        <source>This design has no build sheet yet. Create one when the design is ready: it freezes the results and the rule check, and lists the parts and the work steps.</source>
        <translation>Ce projet n'a pas encore de fiche de montage. Créez-la lorsque le projet est prêt : elle fige les résultats et la vérification des règles, et liste les pièces et les étapes de travail.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build sheet %1&lt;/b&gt; — %2, revision %3 of %4. %5</source>
        <translation>&lt;b&gt;Fiche de montage %1&lt;/b&gt; — %2, révision %3 sur %4. %5</translation>
    </message>
    <message>
        <source>Tick the steps as the work is done, enter the measured values and module serial numbers, then record it as built.</source>
        <translation>Cochez les étapes au fur et à mesure du travail, saisissez les valeurs mesurées et les numéros de série des modules, puis enregistrez la réalisation.</translation>
    </message>
    <message>
        <source>Draft: the record can be prepared and saved.</source>
        <translation>Brouillon : le relevé peut être préparé et enregistré.</translation>
    </message>
    <message>
        <source>This revision is sealed.</source>
        <translation>Cette révision est scellée.</translation>
    </message>
    <message>
        <source>&amp;Record as built…</source>
        <translation>&amp;Enregistrer la réalisation…</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>&amp;Enregistrer le relevé…</translation>
    </message>
    <message>
        <source>This design has no build sheet.</source>
        <translation>Ce projet n'a pas de fiche de montage.</translation>
    </message>
    <message>
        <source>Another workstation changed this build sheet while you were entering the workshop record. Your entries are not saved yet: Save checks first and says who changed it, or Reload shows their version and drops your entries.</source>
        <translation>Un autre poste a modifié cette fiche de montage pendant que vous saisissiez le relevé d'atelier. Vos saisies ne sont pas encore enregistrées : Enregistrer vérifie d'abord et dit qui l'a modifiée, ou Recharger montre sa version et abandonne vos saisies.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Step %1 (%2…): yours %3, stored %4</source>
        <translation>Étape %1 (%2…) : la vôtre %3, l'enregistrée %4</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non faite</translation>
    </message>
    <message>
        <source>Step %1 measured value: yours %2, stored %3</source>
        <translation>Étape %1, valeur mesurée : la vôtre %2, l'enregistrée %3</translation>
    </message>
    <message>
        <source>%1 serial numbers: yours %2, stored %3</source>
        <translation>Numéros de série de %1 : les vôtres %2, les enregistrés %3</translation>
    </message>
    <message>
        <source>Notes: yours %1, stored %2</source>
        <translation>Notes : les vôtres %1, les enregistrées %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your entries against the stored version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos saisies face à la version enregistrée :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no difference.</source>
        <translation>aucune différence.</translation>
    </message>
    <message>
        <source>Save again to put yours on top, or Reload to take the stored version.</source>
        <translation>Enregistrez à nouveau pour mettre les vôtres par-dessus, ou Rechargez pour prendre la version enregistrée.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::CatalogContext</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Impossible d'ouvrir la base de données : %1</translation>
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
        <translation>Saisissez les valeurs réelles du véhicule ou de la pièce (certificat d'immatriculation, ticket de pesée, fiche technique) et indiquez leur source. Confiance : A, B, C valeur publiée ; E dérivée par vous ; R représentative.</translation>
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
        <translation>Couple d'entrée max.</translation>
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
        <translation>Plage d'entrée</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Se connecter à une base d'équipe</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the team. ReMaster creates its tables in an empty database the first time it opens it.</source>
        <translation>Un serveur PostgreSQL partagé par l'équipe. ReMaster crée ses tables dans une base vide la première fois qu'il l'ouvre.</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(nouvelle connexion)</translation>
    </message>
    <message>
        <source>Team databases opened before on this computer</source>
        <translation>Bases d'équipe déjà ouvertes sur cet ordinateur</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.exemple.org, ou un dossier de socket comme /run/postgresql</translation>
    </message>
    <message>
        <source>libpq's sslmode: prefer uses TLS when the server offers it; require insists on TLS; verify-full also checks the server's certificate and name</source>
        <translation>sslmode de libpq : prefer utilise TLS si le serveur le propose ; require exige TLS ; verify-full vérifie aussi le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when left empty</source>
        <translation>lu dans ~/.pgpass ou PGPASSWORD si laissé vide</translation>
    </message>
    <message>
        <source>Used for this session only and never saved. To avoid typing it, put it in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).</source>
        <translation>Utilisé pour cette session seulement et jamais enregistré. Pour ne pas le retaper, mettez-le dans ~/.pgpass (%APPDATA%\postgresql\pgpass.conf sous Windows).</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Database: enter the name of the database on the server</source>
        <translation>Base : saisissez le nom de la base sur le serveur</translation>
    </message>
    <message>
        <source>User: enter your user name on the server</source>
        <translation>Utilisateur : saisissez votre nom d'utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>T&amp;LS mode:</source>
        <translation>Mode T&amp;LS :</translation>
    </message>
    <message>
        <source>The same location works with remaster-cli --db</source>
        <translation>Le même emplacement fonctionne avec remaster-cli --db</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid design:
%2</source>
        <translation>%1 n'est pas un projet valide :
%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>the recovery copy is damaged</source>
        <translation>la copie de récupération est endommagée</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignPage</name>
    <message>
        <source>Find &amp;kits…</source>
        <translation>Chercher des &amp;kits…</translation>
    </message>
    <message>
        <source>Search the catalog for the kits that fit this van and its duty</source>
        <translation>Chercher dans le catalogue les kits adaptés à ce fourgon et à son usage</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignWorkspace</name>
    <message>
        <source>&lt;b&gt;Key results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Résultats clés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>Cannot evaluate this design:&lt;br&gt;%1</source>
        <translation>Impossible d'évaluer ce projet :&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Range, %1, empty</source>
        <translation>Autonomie, %1, à vide</translation>
    </message>
    <message>
        <source>Range, %1, at GVW</source>
        <translation>Autonomie, %1, au PTAC</translation>
    </message>
    <message>
        <source>%1 km (%2 Wh/km)</source>
        <translation>%1 km (%2 Wh/km)</translation>
    </message>
    <message>
        <source>Usable energy / consumption at the battery over the cycle</source>
        <translation>Énergie utile / consommation à la batterie sur le cycle</translation>
    </message>
    <message>
        <source>Power ratio (FR-07)</source>
        <translation>Rapport de puissance (FR-07)</translation>
    </message>
    <message>
        <source>%1 % of the original</source>
        <translation>%1 % de la puissance d'origine</translation>
    </message>
    <message>
        <source>Electric power / original engine power P.2; the decree accepts 65–100 %</source>
        <translation>Puissance électrique / puissance du moteur d'origine P.2 ; l'arrêté admet 65–100 %</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Masse en ordre de marche</translation>
    </message>
    <message>
        <source>%1 kg (%2 %)</source>
        <translation>%1 kg (%2 %)</translation>
    </message>
    <message>
        <source>Usable payload</source>
        <translation>Charge utile disponible</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>The smaller of GVW − mass in running order and what each axle allows with the load at the load-space centre</source>
        <translation>Le plus petit de : PTAC − masse en ordre de marche, et ce que chaque essieu admet avec la charge au centre de l'espace de chargement</translation>
    </message>
    <message>
        <source>Failing rules</source>
        <translation>Règles non conformes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Needing evidence</source>
        <translation>Justificatifs requis</translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation>Homologation</translation>
    </message>
    <message>
        <source>not checked: complete the registration data</source>
        <translation>non vérifiée : complétez les données d'immatriculation</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Énergie utile</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Recomputed in %1 ms</source>
        <translation>Recalculé en %1 ms</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>Tooltip of a workflow step: its status (ok, warning, failing) and its keyboard shortcut.</extracomment>
        <translation>%1 — %2 (%3)</translation>
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
        <source>, %1 N·m</source>
        <translation>, %1 N·m</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
</context>
<context>
    <name>remaster::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to ReMaster</source>
        <translation>Bienvenue dans ReMaster</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to ReMaster.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your catalogs and build sheets are stored in one database file:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Back it up with your other work files; it can be moved with &lt;i&gt;File → Open database&lt;/i&gt;. The demo database is a separate file (&lt;code&gt;%2&lt;/code&gt;) for trying ReMaster out: nothing you do there touches your own data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bienvenue dans ReMaster.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vos catalogues et vos fiches de montage sont enregistrés dans un seul fichier de base de données :&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Sauvegardez-le avec vos autres fichiers de travail ; vous pouvez le déplacer avec &lt;i&gt;Fichier → Ouvrir une base de données&lt;/i&gt;. La base de démonstration est un fichier distinct (&lt;code&gt;%2&lt;/code&gt;) destiné à essayer ReMaster : rien de ce que vous y faites ne touche à vos propres données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;my database</source>
        <translation>Commencer avec &amp;ma base de données</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>&amp;Ouvrir la base de démonstration</translation>
    </message>
</context>
<context>
    <name>remaster::ui::HomologationPage</name>
    <message>
        <source>Homologation</source>
        <translation>Homologation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence réglementaire</translation>
    </message>
    <message>
        <source>The rules cannot be checked yet:
%1</source>
        <translation>Les règles ne peuvent pas encore être vérifiées :
%1</translation>
    </message>
    <message>
        <source>Rule set %1: %2 failing, %3 warnings, %4 needing evidence, %5 passed. Double-click a result to go to the field that drives it.</source>
        <translation>Jeu de règles %1 : %2 non conforme(s), %3 avertissement(s), %4 justificatif(s) requis, %5 conforme(s). Double-cliquez sur un résultat pour atteindre le champ dont il dépend.</translation>
    </message>
    <message>
        <source>* This limit is a parameter of the rule set pending legal confirmation.</source>
        <translation>* Cette limite est un paramètre du jeu de règles en attente de confirmation juridique.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::KitFinderDialog</name>
    <message>
        <source>minimum range</source>
        <translation>autonomie minimale</translation>
    </message>
    <message>
        <source>minimum payload</source>
        <translation>charge utile minimale</translation>
    </message>
    <message>
        <source>maximum kit mass</source>
        <translation>masse maximale du kit</translation>
    </message>
    <message>
        <source>maximum charge time</source>
        <translation>temps de recharge maximal</translation>
    </message>
    <message>
        <source>maximum pack volume</source>
        <translation>volume maximal de la batterie</translation>
    </message>
    <message>
        <source>pack voltage outside the inverter or motor range</source>
        <translation>tension de la batterie hors de la plage de l'onduleur ou du moteur</translation>
    </message>
    <message>
        <source>more modules than in stock</source>
        <translation>plus de modules qu'en stock</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
    <message>
        <source>motor requirement %1</source>
        <translation>exigence moteur %1</translation>
    </message>
    <message>
        <source>battery check %1</source>
        <translation>contrôle batterie %1</translation>
    </message>
    <message>
        <source>cannot follow %1</source>
        <translation>ne suit pas %1</translation>
    </message>
    <message>
        <source>misses %1 by %2 %</source>
        <translation>manque %1 de %2 %</translation>
    </message>
    <message>
        <source>meets every constraint; the tightest is %1</source>
        <translation>respecte toutes les contraintes ; la plus serrée est %1</translation>
    </message>
    <message>
        <source>misses %1</source>
        <translation>manque %1</translation>
    </message>
    <message>
        <source>★: on the Pareto front (no other kit has more payload, more range, a lighter kit, lower consumption and a shorter charge all at once)</source>
        <translation>★ : sur le front de Pareto (aucun autre kit n'a à la fois plus de charge utile, plus d'autonomie, un kit plus léger, une consommation plus faible et une recharge plus courte)</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Inverter</source>
        <translation>Onduleur</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Pack (series × parallel)</source>
        <translation>Batterie (série × parallèle)</translation>
    </message>
    <message>
        <source>Payload (kg)</source>
        <translation>Charge utile (kg)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Autonomie (km)</translation>
    </message>
    <message>
        <source>Kit mass (kg)</source>
        <translation>Masse du kit (kg)</translation>
    </message>
    <message>
        <source>Wh/km</source>
        <translation>Wh/km</translation>
    </message>
    <message>
        <source>AC charge (h)</source>
        <translation>Recharge CA (h)</translation>
    </message>
    <message>
        <source>Limiting constraint</source>
        <translation>Contrainte limitante</translation>
    </message>
    <message>
        <source>Find kits for this van</source>
        <translation>Chercher des kits pour ce fourgon</translation>
    </message>
    <message>
        <source>Most payload</source>
        <translation>Charge utile maximale</translation>
    </message>
    <message>
        <source>Longest range</source>
        <translation>Autonomie maximale</translation>
    </message>
    <message>
        <source>Lightest kit</source>
        <translation>Kit le plus léger</translation>
    </message>
    <message>
        <source>Lowest consumption</source>
        <translation>Consommation minimale</translation>
    </message>
    <message>
        <source>Shortest charge</source>
        <translation>Recharge la plus courte</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Classer par :</translation>
    </message>
    <message>
        <source>Minimum range at full &amp;payload:</source>
        <translation>Autonomie minimale à &amp;pleine charge :</translation>
    </message>
    <message>
        <source>Minimum usable pa&amp;yload:</source>
        <translation>Charge &amp;utile minimale :</translation>
    </message>
    <message>
        <source>Maximum &amp;kit mass:</source>
        <translation>Masse maximale du &amp;kit :</translation>
    </message>
    <message>
        <source>Maximum AC &amp;charge time:</source>
        <translation>Temps de recharge CA ma&amp;ximal :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Ratio &amp;step:</source>
        <translation>&amp;Pas du rapport :</translation>
    </message>
    <message>
        <source>Strings in parallel &amp;up to:</source>
        <translation>Branches en parallèle &amp;jusqu'à :</translation>
    </message>
    <message>
        <source>Reject kits that fail a rule of the rule set</source>
        <translation>Écarter les kits qui échouent à une règle du jeu de règles</translation>
    </message>
    <message>
        <source>Reject kits that miss the design's requirements</source>
        <translation>Écarter les kits qui ne tiennent pas les exigences du projet</translation>
    </message>
    <message>
        <source>&amp;Motors to try:</source>
        <translation>&amp;Moteurs à essayer :</translation>
    </message>
    <message>
        <source>Battery m&amp;odules to try:</source>
        <translation>M&amp;odules de batterie à essayer :</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;hercher</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Apply to design</source>
        <translation>&amp;Appliquer au projet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%p % of the hardware combinations</source>
        <translation>%p % des combinaisons de matériel</translation>
    </message>
    <message>
        <source>The search tries every ticked motor with every inverter, the design's reducer and charger, each ratio step inside the motor's feasible range and every pack layout of the ticked modules; cheap checks first. The design's own kit is shown beside the results.</source>
        <translation>La recherche essaie chaque moteur coché avec chaque onduleur, le réducteur et le chargeur du projet, chaque pas de rapport dans la plage faisable du moteur et chaque montage de batterie des modules cochés ; les contrôles rapides d'abord. Le kit du projet est affiché à côté des résultats.</translation>
    </message>
    <message>
        <source>The rule set cannot be read; the search did not run.</source>
        <translation>Le jeu de règles est illisible ; la recherche n'a pas été lancée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The search cannot run:
%1</source>
        <translation>La recherche ne peut pas être lancée :
%1</translation>
    </message>
    <message>
        <source>Search cancelled: nothing was changed.</source>
        <translation>Recherche annulée : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 kits judged, %2 ran every cycle, %3 feasible, %4 on the Pareto front. Most rejected by: %5.</source>
        <translation>%1 kits jugés, %2 passés sur tous les cycles, %3 réalisables, %4 sur le front de Pareto. Écartés surtout par : %5.</translation>
    </message>
    <message>
        <source>No kit meets every constraint: the table shows the nearest misses.</source>
        <translation>Aucun kit ne respecte toutes les contraintes : le tableau montre les plus proches.</translation>
    </message>
    <message>
        <source>Usable payload against range at full payload</source>
        <translation>Charge utile et autonomie à pleine charge</translation>
    </message>
    <message>
        <source>Usable payload (kg)</source>
        <translation>Charge utile (kg)</translation>
    </message>
    <message>
        <source>Range at full payload (km)</source>
        <translation>Autonomie à pleine charge (km)</translation>
    </message>
    <message>
        <source>Feasible kits</source>
        <translation>Kits réalisables</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Front de Pareto</translation>
    </message>
    <message>
        <source>Nearest misses</source>
        <translation>Les plus proches</translation>
    </message>
    <message>
        <source>Current kit</source>
        <translation>Kit actuel</translation>
    </message>
    <message>
        <source>Apply kit: %1, ratio %2, %3 × %4</source>
        <translation>Appliquer le kit : %1, rapport %2, %3 × %4</translation>
    </message>
    <message>
        <source>Applied to the design (%1). Edit → Undo takes it back.</source>
        <translation>Appliqué au projet (%1). Édition → Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Module s&amp;tock:</source>
        <translation>S&amp;tock de modules :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>A stock file: the modules on the shelf per type; only these types are tried, each up to its count</source>
        <translation>Un fichier de stock : les modules en rayon par type ; seuls ces types sont essayés, chacun dans la limite de son nombre</translation>
    </message>
    <message>
        <source>Measured &amp;batch:</source>
        <translation>&amp;Lot mesuré :</translation>
    </message>
    <message>
        <source>The module list of grade-modules (CSV): the measured second-life modules of the type on the left, used with their real string assignment</source>
        <translation>La liste de modules de grade-modules (CSV) : les modules de seconde vie mesurés du type à gauche, utilisés avec leur répartition réelle en branches</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid stock file:</source>
        <translation>%1 n'est pas un fichier de stock valide :</translation>
    </message>
    <message>
        <source>Unknown module type %1</source>
        <translation>Type de module inconnu %1</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 n'est pas une liste de modules valide :</translation>
    </message>
    <message>
        <source>none: any number of every ticked module</source>
        <translation>aucun : autant de modules que voulu de chaque type coché</translation>
    </message>
    <message>
        <source>no measured batch</source>
        <translation>aucun lot mesuré</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measured module(s)</source>
        <translation>
            <numerusform>%1 : %n module mesuré</numerusform>
            <numerusform>%1 : %n modules mesurés</numerusform>
        </translation>
    </message>
    <message>
        <source>Module stock file</source>
        <translation>Fichier de stock de modules</translation>
    </message>
    <message>
        <source>Stock files (*.json);;All files (*)</source>
        <translation>Fichiers de stock (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Measured module batch</source>
        <translation>Lot de modules mesurés</translation>
    </message>
    <message>
        <source>Module lists (*.csv);;All files (*)</source>
        <translation>Listes de modules (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) on the shelf</source>
        <translation>
            <numerusform>%1 : %n module en rayon</numerusform>
            <numerusform>%1 : %n modules en rayon</numerusform>
        </translation>
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
        <translation>&amp;Modifier l'entrée…</translation>
    </message>
    <message>
        <source>Correct the selected entry with the real vehicle's or part's figures</source>
        <translation>Corriger l'entrée sélectionnée avec les valeurs réelles du véhicule ou de la pièce</translation>
    </message>
    <message>
        <source>&amp;Duplicate entry…</source>
        <translation>&amp;Dupliquer l'entrée…</translation>
    </message>
    <message>
        <source>Copy the selected entry as a new entry of your own</source>
        <translation>Copier l'entrée sélectionnée comme nouvelle entrée personnelle</translation>
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
        <translation>Entrée %1 enregistrée ; les mises à jour ultérieures du catalogue ne l'écraseront pas.</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Dupliquer l'entrée</translation>
    </message>
    <message>
        <source>Identifier of the new entry (a-z, 0-9, -):</source>
        <translation>Identifiant de la nouvelle entrée (a-z, 0-9, -) :</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l'entrée</translation>
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
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>ReMaster design (*.json);;All files (*)</source>
        <translation>Projet ReMaster (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>ReMaster design (*.json)</source>
        <translation>Projet ReMaster (*.json)</translation>
    </message>
    <message>
        <source>&amp;Retrofit design</source>
        <translation>P&amp;rojet de conversion</translation>
    </message>
    <message>
        <source>The guided workflow: vehicle, motor, battery, mass and homologation of one conversion</source>
        <translation>Le parcours guidé : véhicule, moteur, batterie, masses et homologation d'une conversion</translation>
    </message>
    <message>
        <source>&amp;New design</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>Open &amp;design…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save design &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>The folder of your database and its backups</source>
        <translation>Le dossier de votre base de données et de ses sauvegardes</translation>
    </message>
    <message>
        <source>unsaved design</source>
        <translation>projet non enregistré</translation>
    </message>
    <message>
        <source>%1[*] — ReMaster</source>
        <translation>%1[*] — ReMaster</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Unsaved design</source>
        <translation>Projet non enregistré</translation>
    </message>
    <message>
        <source>The design has changes that are not saved. Save them?</source>
        <translation>Le projet comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Create build sheet</source>
        <translation>Créer une fiche de montage</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <source>Design of build sheet %1 opened; save it as a file or create a new sheet revision from it.</source>
        <translation>Projet de la fiche %1 ouvert ; enregistrez-le dans un fichier ou créez-en une nouvelle fiche.</translation>
    </message>
    <message>
        <source>&amp;Build sheets</source>
        <translation>&amp;Fiches de montage</translation>
    </message>
    <message>
        <source>Every van's conversion record: search, status, sign-off</source>
        <translation>Le dossier de transformation de chaque fourgon : recherche, statut, visa</translation>
    </message>
    <message>
        <source>Create &amp;build sheet from design…</source>
        <translation>Créer une fic&amp;he de montage depuis le projet…</translation>
    </message>
    <message>
        <source>The design does not evaluate yet: %1</source>
        <translation>Le projet ne peut pas encore être évalué : %1</translation>
    </message>
    <message>
        <source>Build sheet %1 created as a draft.</source>
        <translation>Fiche de montage %1 créée en brouillon.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Desktop colours</source>
        <translation>Couleurs du &amp;bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Recent designs</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Restore design</source>
        <translation>Restaurer le projet</translation>
    </message>
    <message>
        <source>ReMaster stopped while a design had unsaved changes. Restore them?</source>
        <translation>ReMaster s'est arrêté alors qu'un projet avait des modifications non enregistrées. Les restaurer ?</translation>
    </message>
    <message>
        <source>Unsaved changes restored; save them to keep them.</source>
        <translation>Modifications non enregistrées restaurées ; enregistrez-les pour les conserver.</translation>
    </message>
    <message>
        <source>&amp;Power unit</source>
        <translation>&amp;Unité de puissance</translation>
    </message>
    <message>
        <source>hp (metric horsepower, ch)</source>
        <translation>ch (cheval-vapeur métrique)</translation>
    </message>
    <message>
        <source>Recent build s&amp;heets</source>
        <translation>Fic&amp;hes de montage récentes</translation>
    </message>
    <message>
        <source>Find &amp;kits…</source>
        <translation>Chercher des &amp;kits…</translation>
    </message>
    <message>
        <source>Search the catalog for the kits that fit this van and its duty (Ctrl+K)</source>
        <translation>Chercher dans le catalogue les kits adaptés à ce fourgon et à son usage (Ctrl+K)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Build sheet %1 was changed on another workstation; the list shows it.</source>
        <translation>La fiche de montage %1 a été modifiée sur un autre poste ; la liste en tient compte.</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>Se &amp;connecter à une base d'équipe…</translation>
    </message>
    <message>
        <source>Open a database on a PostgreSQL server shared by the team</source>
        <translation>Ouvrir une base sur un serveur PostgreSQL partagé par l'équipe</translation>
    </message>
    <message>
        <source> · team database: other workstations' changes appear here</source>
        <translation> · base d'équipe : les modifications des autres postes apparaissent ici</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; ReMaster connected again.</source>
        <translation>La connexion à %1 avait été perdue ; ReMaster s'est reconnecté.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::MassPage</name>
    <message>
        <source>Mass &amp; axles</source>
        <translation>Masse &amp; essieux</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Load case</source>
        <translation>Cas de charge</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation>Essieu avant</translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation>Essieu arrière</translation>
    </message>
    <message>
        <source>Front share</source>
        <translation>Part avant</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>Dans les limites</translation>
    </message>
    <message>
        <source>The mass sheet needs a design that evaluates.</source>
        <translation>Le bilan des masses nécessite un projet évaluable.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>déposée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>Axle loads need the registration data on the Vehicle step: %1</source>
        <translation>Les charges à l'essieu nécessitent les données d'immatriculation de l'étape Véhicule : %1</translation>
    </message>
    <message>
        <source>Unladen (in running order)</source>
        <translation>À vide (en ordre de marche)</translation>
    </message>
    <message>
        <source>Laden to GVW, load-space centre</source>
        <translation>Chargé au PTAC, centre de l'espace de chargement</translation>
    </message>
    <message>
        <source>Laden, payload at %1 mm</source>
        <translation>Chargé, charge utile à %1 mm</translation>
    </message>
    <message>
        <source>%1 / %2 kg</source>
        <translation>%1 / %2 kg</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>the GVW</source>
        <translation>le PTAC</translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation>l'essieu avant</translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation>l'essieu arrière</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg → %2 kg (%3 %). Usable payload at the load-space centre: %4 kg, limited by %5.</source>
        <translation>Masse en ordre de marche %1 kg → %2 kg (%3 %). Charge utile disponible au centre de l'espace de chargement : %4 kg, limitée par %5.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Retirer une pièce</translation>
    </message>
    <message>
        <source>Accepted: %1 … %2 %3</source>
        <translation>Accepté : %1 … %2 %3</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>Edit mass sheet</source>
        <translation>Modifier le bilan des masses</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Masse (kg)</translation>
    </message>
    <message>
        <source>Position behind front axle (mm)</source>
        <translation>Position derrière l'essieu avant (mm)</translation>
    </message>
    <message>
        <source>Double-click a mass or a position to enter the weighed or measured figure; negative positions are ahead of the front axle.</source>
        <translation>Double-cliquez une masse ou une position pour saisir la valeur pesée ou mesurée ; les positions négatives sont en avant de l'essieu avant.</translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation>&amp;Ajouter une pièce</translation>
    </message>
    <message>
        <source>Re&amp;move part</source>
        <translation>Reti&amp;rer la pièce</translation>
    </message>
    <message>
        <source>Removes a part you added (cabling, housings, brackets …)</source>
        <translation>Retire une pièce que vous avez ajoutée (câblage, carters, supports …)</translation>
    </message>
    <message>
        <source>Axle loads against their limits</source>
        <translation>Charges à l'essieu comparées à leurs limites</translation>
    </message>
    <message>
        <source>Axle load (kg)</source>
        <translation>Charge à l'essieu (kg)</translation>
    </message>
    <message>
        <source>Permissible axle load</source>
        <translation>Charge admissible sur l'essieu</translation>
    </message>
</context>
<context>
    <name>remaster::ui::MotorPage</name>
    <message>
        <source>&amp;Motor:</source>
        <translation>&amp;Moteur :</translation>
    </message>
    <message>
        <source>&amp;Inverter:</source>
        <translation>&amp;Onduleur :</translation>
    </message>
    <message>
        <source>Re&amp;ducer:</source>
        <translation>Ré&amp;ducteur :</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>FR-07 power &amp;basis:</source>
        <translation>&amp;Base de puissance FR-07 :</translation>
    </message>
    <message>
        <source>&amp;Top speed:</source>
        <translation>&amp;Vitesse maximale :</translation>
    </message>
    <message>
        <source>&amp;Hill start at GVW:</source>
        <translation>Démarrage en &amp;côte au PTAC :</translation>
    </message>
    <message>
        <source>&amp;Sustained grade at GVW:</source>
        <translation>Pente &amp;soutenue au PTAC :</translation>
    </message>
    <message>
        <source>0–50 km/h at GVW &amp;within:</source>
        <translation>0–50 km/h au PTAC en mo&amp;ins de :</translation>
    </message>
    <message>
        <source>Motor and drivetrain</source>
        <translation>Moteur et chaîne de traction</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Choose motor</source>
        <translation>Choisir le moteur</translation>
    </message>
    <message>
        <source>Choose inverter</source>
        <translation>Choisir l'onduleur</translation>
    </message>
    <message>
        <source>Choose reducer</source>
        <translation>Choisir le réducteur</translation>
    </message>
    <message>
        <source>Change ratio</source>
        <translation>Modifier le rapport</translation>
    </message>
    <message>
        <source>Change top speed</source>
        <translation>Modifier la vitesse maximale</translation>
    </message>
    <message>
        <source>Change hill start</source>
        <translation>Modifier le démarrage en côte</translation>
    </message>
    <message>
        <source>Change sustained grade</source>
        <translation>Modifier la pente soutenue</translation>
    </message>
    <message>
        <source>Change acceleration time</source>
        <translation>Modifier le temps d'accélération</translation>
    </message>
    <message>
        <source>Change power basis</source>
        <translation>Modifier la base de puissance</translation>
    </message>
    <message>
        <source>Motor &amp; drivetrain</source>
        <translation>Moteur &amp; chaîne de traction</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Required at wheel</source>
        <translation>Requis à la roue</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Satisfaite</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Crête</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Vitesse maximale</translation>
    </message>
    <message>
        <source>Hill start</source>
        <translation>Démarrage en côte</translation>
    </message>
    <message>
        <source>Sustained grade</source>
        <translation>Pente soutenue</translation>
    </message>
    <message>
        <source>0–50 km/h</source>
        <translation>0–50 km/h</translation>
    </message>
    <message>
        <source>Power window</source>
        <translation>Plage de puissance</translation>
    </message>
    <message>
        <source>Every catalog motor with this design's inverter, ratio and pack: double-click to choose it</source>
        <translation>Tous les moteurs du catalogue avec l'onduleur, le rapport et le pack de ce projet : double-cliquez pour en choisir un</translation>
    </message>
    <message>
        <source>Overall ratio motor : wheel. Feasible range: from the hill-start torque (minimum) to the motor's maximum speed at the required top speed (maximum).</source>
        <translation>Rapport global moteur : roue. Plage réalisable : du couple de démarrage en côte (minimum) au régime maximal du moteur à la vitesse maximale requise (maximum).</translation>
    </message>
    <message>
        <source>Rule set's choice</source>
        <translation>Choix du jeu de règles</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Puissance crête</translation>
    </message>
    <message>
        <source>30-minute (continuous) power</source>
        <translation>Puissance sur 30 minutes (continue)</translation>
    </message>
    <message>
        <source>Cannot size the motor: %1</source>
        <translation>Impossible de dimensionner le moteur : %1</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>%1 N·m, %2 kW</source>
        <translation>%1 N·m, %2 kW</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>dans la plage</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>HORS PLAGE</translation>
    </message>
    <message>
        <source>Wheel torque at GVW: motor envelope against demand</source>
        <translation>Couple à la roue au PTAC : enveloppe du moteur comparée au besoin</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Vitesse (km/h)</translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation>Couple à la roue (N·m)</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continu</translation>
    </message>
    <message>
        <source>%1 % grade</source>
        <translation>Pente de %1 %</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>impossible : %1</translation>
    </message>
    <message>
        <source>Power window FR-07: %1 is %2 % of the original %3 (65–100 %): %4. Top speed %5 km/h, 0–50 km/h in %6 s. Feasible ratio %7 … %8.</source>
        <translation>Plage de puissance FR-07 : %1 représente %2 % de la puissance d'origine %3 (65–100 %) : %4. Vitesse maximale %5 km/h, 0–50 km/h en %6 s. Rapport faisable %7 … %8.</translation>
    </message>
    <message>
        <source>Hill start: wheel torque ≥ m·g·(Crr·cos θ + sin θ)·r at GVW on the required grade, from standstill</source>
        <translation>Démarrage en côte : couple à la roue ≥ m·g·(Crr·cos θ + sin θ)·r au PTAC sur la pente requise, à l'arrêt</translation>
    </message>
    <message>
        <source>Sustained grade: wheel power ≥ (m·g·(Crr·cos θ + sin θ) + ½·ρ·Cd·A·v²)·v at GVW and the required speed</source>
        <translation>Pente soutenue : puissance à la roue ≥ (m·g·(Crr·cos θ + sin θ) + ½·ρ·Cx·A·v²)·v au PTAC et à la vitesse requise</translation>
    </message>
    <message>
        <source>Top speed: wheel power ≥ (m·g·Crr + ½·ρ·Cd·A·v²)·v on the flat at GVW, and motor speed within its maximum</source>
        <translation>Vitesse maximale : puissance à la roue ≥ (m·g·Crr + ½·ρ·Cx·A·v²)·v sur le plat au PTAC, et régime moteur dans sa limite</translation>
    </message>
    <message>
        <source>Acceleration: time from 0 to the target speed at GVW on the motor's peak envelope, a = (F_wheel − F_road)/(m·(1+λ))</source>
        <translation>Accélération : temps de 0 à la vitesse cible au PTAC sur l'enveloppe crête du moteur, a = (F_roue − F_route)/(m·(1+λ))</translation>
    </message>
    <message>
        <source>≤ %1 s</source>
        <translation>≤ %1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>jamais atteinte</translation>
    </message>
</context>
<context>
    <name>remaster::ui::SheetBrowser</name>
    <message>
        <source>Search sheet number, VIN, registration, customer, notes</source>
        <translation>Rechercher numéro de fiche, VIN, immatriculation, client, notes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Open its &amp;design</source>
        <translation>&amp;Ouvrir son projet</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Soumettre à la re&amp;vue</translation>
    </message>
    <message>
        <source>Send bac&amp;k</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Mark b&amp;uilt</source>
        <translation>&amp;Marquer réalisée</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Homologation sign-off; refused while a rule fails or the rules were not evaluated</source>
        <translation>Visa d'homologation ; refusé tant qu'une règle est non conforme ou que les règles n'ont pas été évaluées</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 affichées</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sheet selected. Create one from a design: &lt;i&gt;File → Create build sheet from design&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune fiche sélectionnée. Créez-en une depuis un projet : &lt;i&gt;Fichier → Créer une fiche de montage depuis le projet&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Build sheet %1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, revision %3 of %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fiche de montage %1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, révision %3 sur %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Customer: %1&lt;br&gt;VIN: %2 — registration %3 — first registered %4&lt;br&gt;Variant: %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Client : %1&lt;br&gt;VIN : %2 — immatriculation %3 — première immatriculation %4&lt;br&gt;Variante : %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mass in running order %1 kg → %2 kg; kit %3 kg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Masse en ordre de marche %1 kg → %2 kg ; kit %3 kg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule set %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeu de règles %1 : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no failing rule</source>
        <translation>aucune règle non conforme</translation>
    </message>
    <message>
        <source>&lt;b&gt;failing: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;non conformes : %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rules not evaluated&lt;/b&gt;: the design's registration data was incomplete. This sheet cannot be approved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Règles non évaluées&lt;/b&gt; : les données d'immatriculation du projet étaient incomplètes. Cette fiche ne peut pas être approuvée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bill of materials&lt;/h3&gt;&lt;table cellspacing=4&gt;</source>
        <translation>&lt;h3&gt;Nomenclature&lt;/h3&gt;&lt;table cellspacing=4&gt;</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Work steps&lt;/h3&gt;&lt;ol&gt;</source>
        <translation>&lt;h3&gt;Étapes de travail&lt;/h3&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;[HV]&lt;/b&gt; </source>
        <translation>&lt;b&gt;[HT]&lt;/b&gt; </translation>
    </message>
    <message>
        <source> — required: %1</source>
        <translation> — requis : %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign-offs&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Visas&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;SHA-256 %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;SHA-256 %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No sheet selected.</source>
        <translation>Aucune fiche sélectionnée.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Sheet %1 becomes %2. Your name, for the sign-off:</source>
        <translation>La fiche %1 devient %2. Votre nom, pour le visa :</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workshop build sheet</source>
        <translation>Fiche de montage atelier</translation>
    </message>
    <message>
        <source>Homologation dossier</source>
        <translation>Dossier d'homologation</translation>
    </message>
    <message>
        <source>Transformation attestation</source>
        <translation>Attestation de transformation</translation>
    </message>
    <message>
        <source>Transformation plate</source>
        <translation>Plaque de transformation</translation>
    </message>
    <message>
        <source>Language of the document, independent of the interface language</source>
        <translation>Langue du document, indépendante de celle de l'interface</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Print preview — sheet %1</source>
        <translation>Aperçu avant impression — fiche %1</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantBrowser</name>
    <message>
        <source>Which Master is it?</source>
        <translation>De quel Master s'agit-il ?</translation>
    </message>
    <message>
        <source>Search name or id (Ctrl+F)</source>
        <translation>Rechercher un nom ou un identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Part of the variant's name or identifier</source>
        <translation>Partie du nom ou de l'identifiant de la variante</translation>
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
        <translation>Poids total autorisé en charge, rubrique F.1 du certificat d'immatriculation</translation>
    </message>
    <message>
        <source>Original diesel engine, field P.2 (kW) of the registration certificate</source>
        <translation>Moteur diesel d'origine, rubrique P.2 (kW) du certificat d'immatriculation</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>%1 of %2 variants</source>
        <translation>%1 sur %2 variantes</translation>
    </message>
    <message>
        <source>Roof &amp;height:</source>
        <translation>&amp;Hauteur de toit :</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantTableModel</name>
    <message>
        <source>Representative value, not this vehicle's own: enter field G of the registration certificate or a weighbridge figure.</source>
        <translation>Valeur représentative, pas celle de ce véhicule : saisissez la rubrique G du certificat d'immatriculation ou une valeur relevée sur un ticket de pesée.</translation>
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
        <translation>Choisir la variante</translation>
    </message>
    <message>
        <source>Choose engine</source>
        <translation>Choisir le moteur</translation>
    </message>
    <message>
        <source>Edit VIN</source>
        <translation>Modifier le VIN</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>Modifier l'immatriculation</translation>
    </message>
    <message>
        <source>Edit first registration</source>
        <translation>Modifier la première immatriculation</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Manufacturer agreement</source>
        <translation>Accord du constructeur</translation>
    </message>
    <message>
        <source>Accepted: %1 … %2</source>
        <translation>Valeurs admises : %1 … %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <source>&amp;Engine (P.2):</source>
        <translation>&amp;Moteur (P.2) :</translation>
    </message>
    <message>
        <source>VI&amp;N (E):</source>
        <translation>VI&amp;N (E) :</translation>
    </message>
    <message>
        <source>&amp;Registration (A):</source>
        <translation>&amp;Immatriculation (A) :</translation>
    </message>
    <message>
        <source>&amp;First registration (B):</source>
        <translation>&amp;Première immatriculation (B) :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory (J):</source>
        <translation>&amp;Catégorie (J) :</translation>
    </message>
    <message>
        <source>Mass in running order (G), kg:</source>
        <translation>Masse en ordre de marche (G), kg :</translation>
    </message>
    <message>
        <source>GVW (F.1), kg:</source>
        <translation>PTAC (F.1), kg :</translation>
    </message>
    <message>
        <source>Front axle limit (7.1), kg:</source>
        <translation>Charge admissible sur l'essieu avant (7.1), kg :</translation>
    </message>
    <message>
        <source>Rear axle limit (7.2), kg:</source>
        <translation>Charge admissible sur l'essieu arrière (7.2), kg :</translation>
    </message>
    <message>
        <source>Unladen front axle load (weighed), kg:</source>
        <translation>Charge à vide sur l'essieu avant (pesée), kg :</translation>
    </message>
    <message>
        <source>Original power (P.2), kW:</source>
        <translation>Puissance d'origine (P.2), kW :</translation>
    </message>
    <message>
        <source>Renault's technical agreement is on file (waives the 5-year age limit, FR-04)</source>
        <translation>L'accord technique de Renault figure au dossier (lève la limite d'âge de 5 ans, FR-04)</translation>
    </message>
    <message>
        <source>17 characters, no I, O or Q; Renault VINs start with VF1</source>
        <translation>17 caractères, sans I, O ni Q ; les VIN Renault commencent par VF1</translation>
    </message>
    <message>
        <source>Empty fields use the catalog value shown in grey. Enter the figures of this van's registration certificate or weighbridge ticket: they replace the catalog's, which are often representative values (R).</source>
        <translation>Les champs vides reprennent la valeur du catalogue affichée en gris. Saisissez les valeurs du certificat d'immatriculation ou du ticket de pesée de ce fourgon : elles remplacent celles du catalogue, qui sont souvent des valeurs représentatives (R).</translation>
    </message>
    <message>
        <source>catalog: %1 (%2)</source>
        <translation>catalogue : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Pick the variant</source>
        <translation>Choisir la variante</translation>
    </message>
    <message>
        <source>&amp;Pick in the catalog by generation, body, length, height, GVW, drive, engine…</source>
        <translation>Choisir dans le &amp;catalogue par génération, carrosserie, longueur, hauteur, PTAC, transmission, moteur…</translation>
    </message>
</context>
</TS>
