<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>'format' must be "remaster-catalog"</source>
        <translation>« format » doit valoir "remaster-catalog"</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>« format_version » non pris en charge</translation>
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
    <name>CliApp</name>
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
  cycles                       the bundled drive cycles
  version                      program, schema and catalog versions

Options:
  --db PATH       database file (default: %1)
  --json          machine-readable output; field names carry their unit
  --ui-lang LANG  language of messages (en or fr)

Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,
4 database error.
</source>
        <translation>Utilisation : remaster-cli [--db CHEMIN] [--ui-lang en|fr] COMMANDE [ARGS] [--json]

Commandes :
  catalog list [vehicles|engines|motors|inverters|reducers|battery-modules|chargers|dcdcs|components]
               [--generation master-3|master-4] [--body panel-van|chassis-cab|platform-cab]
               [--length L1..L4] [--height H1..H3] [--gvw KG] [--drive fwd|rwd]
               [--rear-wheels single|twin] [--engine ID] [--search TEXTE]
  catalog show ID              tous les champs d'une entrée, avec unité et source
  catalog sources              les sources citées par les catalogues
  catalog validate FICHIER     vérifie un fichier de catalogue sans l'importer
  catalog import FICHIER       ajoute les entrées d'un fichier (tout ou rien)
  catalog duplicate ID NOUVEL_ID [--label TEXTE]
  example-design               affiche un projet complet et valide, comme modèle
  evaluate PROJET.json         dimensionnement, batterie, consommation, autonomie
  cycles                       les cycles de conduite intégrés
  version                      versions du programme, du schéma et des catalogues

Options :
  --db CHEMIN     fichier de base de données (par défaut : %1)
  --json          sortie pour machine ; les noms de champ incluent l'unité
  --ui-lang LANG  langue des messages (en ou fr)

Code de sortie : 0 ok, 1 une vérification a échoué, 2 erreur d'utilisation,
3 données invalides ou identifiant inconnu, 4 erreur de base de données.
</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n'existe pas</translation>
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
        <source>unknown command '%1' (try --help)</source>
        <translation>commande inconnue « %1 » (essayez --help)</translation>
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be "remaster-design"</source>
        <translation>doit valoir "remaster-design"</translation>
    </message>
    <message>
        <source>is not supported by this ReMaster</source>
        <translation>n'est pas pris en charge par cette version de ReMaster</translation>
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formé à l'octet %1 : %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>'format' must be "remaster-ruleset"</source>
        <translation>« format » doit valoir "remaster-ruleset"</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>« format_version » non pris en charge</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Catalogue véhicules&lt;/b&gt; %1 : %2 variantes, %3 moteurs diesel.&lt;br&gt;&lt;b&gt;Catalogue composants&lt;/b&gt; %4 : %5 composants.&lt;br&gt;&lt;b&gt;Base de données&lt;/b&gt; : %6&lt;/p&gt;</translation>
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
    <name>remaster::ui::MainWindow</name>
    <message>
        <source>ReMaster — Renault Master EV retrofit</source>
        <translation>ReMaster — rétrofit électrique du Renault Master</translation>
    </message>
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
</TS>