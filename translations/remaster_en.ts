<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BatchExporter</name>
    <message>
        <source>build sheet %1 not found</source>
        <translation>build sheet %1 not found</translation>
    </message>
    <message>
        <source>%1 exists (use --overwrite to replace it)</source>
        <translation>%1 exists (use --overwrite to replace it)</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>catalog needs a subcommand: list, show, sources, validate, import, duplicate</source>
        <translation>catalog needs a subcommand: list, show, sources, validate, import, duplicate</translation>
    </message>
    <message>
        <source>unknown catalog subcommand '%1'</source>
        <translation>unknown catalog subcommand '%1'</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--generation accepts master-3 or master-4, not '%1'</source>
        <translation>--generation accepts master-3 or master-4, not '%1'</translation>
    </message>
    <message>
        <source>--body accepts panel-van, chassis-cab or platform-cab, not '%1'</source>
        <translation>--body accepts panel-van, chassis-cab or platform-cab, not '%1'</translation>
    </message>
    <message>
        <source>--gvw accepts a mass in kg between 1 and 10000, not '%1'</source>
        <translation>--gvw accepts a mass in kg between 1 and 10000, not '%1'</translation>
    </message>
    <message>
        <source>--drive accepts fwd or rwd, not '%1'</source>
        <translation>--drive accepts fwd or rwd, not '%1'</translation>
    </message>
    <message>
        <source>--rear-wheels accepts single or twin, not '%1'</source>
        <translation>--rear-wheels accepts single or twin, not '%1'</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>unknown list '%1' (accepted: %2)</source>
        <translation>unknown list '%1' (accepted: %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <source>catalog show needs exactly one entry id</source>
        <translation>catalog show needs exactly one entry id</translation>
    </message>
    <message>
        <source>there is no catalog entry '%1' (see: remaster-cli catalog list)</source>
        <translation>there is no catalog entry '%1' (see: remaster-cli catalog list)</translation>
    </message>
    <message>
        <source>Origin: %1%2</source>
        <translation>Origin: %1%2</translation>
    </message>
    <message>
        <source>ReMaster catalog %1</source>
        <translation>ReMaster catalog %1</translation>
    </message>
    <message>
        <source>added by a user</source>
        <translation>added by a user</translation>
    </message>
    <message>
        <source>, edited by a user</source>
        <translation>, edited by a user</translation>
    </message>
    <message>
        <source>Confidence: A manufacturer/concordant, B one reputable source, C weak source, E derived by ReMaster, R representative value (override from the registration certificate or a weighbridge ticket).</source>
        <translation>Confidence: A manufacturer/concordant, B one reputable source, C weak source, E derived by ReMaster, R representative value (override from the registration certificate or a weighbridge ticket).</translation>
    </message>
    <message>
        <source>catalog validate needs one file</source>
        <translation>catalog validate needs one file</translation>
    </message>
    <message>
        <source>%1: %2 valid entries, %3 problems</source>
        <translation>%1: %2 valid entries, %3 problems</translation>
    </message>
    <message>
        <source>catalog import needs one file</source>
        <translation>catalog import needs one file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation><numerusform>%n entry imported</numerusform><numerusform>%n entries imported</numerusform></translation>
    </message>
    <message>
        <source>--label needs a text</source>
        <translation>--label needs a text</translation>
    </message>
    <message>
        <source>catalog duplicate needs an entry id and a new id</source>
        <translation>catalog duplicate needs an entry id and a new id</translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation>Created %1 from %2.</translation>
    </message>
</context>
<context>
    <name>CatalogJsonReader</name>
    <message>
        <source>accepted: %1</source>
        <translation>accepted: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>must be a text string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>has characters that are not allowed</source>
        <translation>has characters that are not allowed</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>has an unknown value '%1'</source>
        <translation>has an unknown value '%1'</translation>
    </message>
    <message>
        <source>must be an object {from, to}</source>
        <translation>must be an object {from, to}</translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation>must be a year</translation>
    </message>
    <message>
        <source>must be a year or null</source>
        <translation>must be a year or null</translation>
    </message>
    <message>
        <source>must be an array of text strings</source>
        <translation>must be an array of text strings</translation>
    </message>
    <message>
        <source>must be an object {value, unit, source, confidence}</source>
        <translation>must be an object {value, unit, source, confidence}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>'%1' is not a unit of %2</source>
        <translation>'%1' is not a unit of %2</translation>
    </message>
    <message>
        <source>is missing: every figure needs a source</source>
        <translation>is missing: every figure needs a source</translation>
    </message>
    <message>
        <source>'%1' is not in the file's source list</source>
        <translation>'%1' is not in the file's source list</translation>
    </message>
    <message>
        <source>'%1' is not a confidence mark</source>
        <translation>'%1' is not a confidence mark</translation>
    </message>
    <message>
        <source>is not a known phase</source>
        <translation>is not a known phase</translation>
    </message>
    <message>
        <source>is not a length code</source>
        <translation>is not a length code</translation>
    </message>
    <message>
        <source>is not a height code</source>
        <translation>is not a height code</translation>
    </message>
    <message>
        <source>'%1' is not an engine of this catalog</source>
        <translation>'%1' is not an engine of this catalog</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>id and name are required</source>
        <translation>id and name are required</translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>entry #%1</translation>
    </message>
    <message>
        <source>'catalog' must be "vehicles" or "components"</source>
        <translation>'catalog' must be "vehicles" or "components"</translation>
    </message>
    <message>
        <source>'catalog_version' is missing</source>
        <translation>'catalog_version' is missing</translation>
    </message>
    <message>
        <source>'entries' must be an array</source>
        <translation>'entries' must be an array</translation>
    </message>
    <message>
        <source>a source needs an id and a citation</source>
        <translation>a source needs an id and a citation</translation>
    </message>
    <message>
        <source>is used by another entry of this file</source>
        <translation>is used by another entry of this file</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation>is not a component kind</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>mass</translation>
    </message>
    <message>
        <source>length</source>
        <translation>length</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>dimensionless</source>
        <translation>dimensionless</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>torque</source>
        <translation>torque</translation>
    </message>
    <message>
        <source>rotational speed</source>
        <translation>rotational speed</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>voltage</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>resistance</translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Removed part %1</source>
        <translation>Removed part %1</translation>
    </message>
    <message>
        <source>A — manufacturer or concordant sources</source>
        <translation>A — manufacturer or concordant sources</translation>
    </message>
    <message>
        <source>B — one reputable source</source>
        <translation>B — one reputable source</translation>
    </message>
    <message>
        <source>C — weak or conflicting source</source>
        <translation>C — weak or conflicting source</translation>
    </message>
    <message>
        <source>E — derived by ReMaster (calculation in the note)</source>
        <translation>E — derived by ReMaster (calculation in the note)</translation>
    </message>
    <message>
        <source>R — representative value, not this vehicle's own</source>
        <translation>R — representative value, not this vehicle's own</translation>
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
        <translation>Panel van</translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation>Chassis cab</translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation>Platform cab</translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation>Front-wheel drive</translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation>Rear-wheel drive</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Twin</source>
        <translation>Twin</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation>Second-life</translation>
    </message>
    <message>
        <source>On-board AC charger</source>
        <translation>On-board AC charger</translation>
    </message>
    <message>
        <source>DC fast-charge inlet</source>
        <translation>DC fast-charge inlet</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Years built</source>
        <translation>Years built</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Roof height</source>
        <translation>Roof height</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Rear wheels</source>
        <translation>Rear wheels</translation>
    </message>
    <message>
        <source>Category (J)</source>
        <translation>Category (J)</translation>
    </message>
    <message>
        <source>Diesel engines</source>
        <translation>Diesel engines</translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation>Gearbox</translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation>Gross vehicle weight (F.1)</translation>
    </message>
    <message>
        <source>Mass in running order (G)</source>
        <translation>Mass in running order (G)</translation>
    </message>
    <message>
        <source>Permissible front axle load</source>
        <translation>Permissible front axle load</translation>
    </message>
    <message>
        <source>Permissible rear axle load</source>
        <translation>Permissible rear axle load</translation>
    </message>
    <message>
        <source>Unladen front axle load</source>
        <translation>Unladen front axle load</translation>
    </message>
    <message>
        <source>Wheelbase</source>
        <translation>Wheelbase</translation>
    </message>
    <message>
        <source>Overall length</source>
        <translation>Overall length</translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation>Overall width</translation>
    </message>
    <message>
        <source>Overall height</source>
        <translation>Overall height</translation>
    </message>
    <message>
        <source>Load-space centre behind front axle</source>
        <translation>Load-space centre behind front axle</translation>
    </message>
    <message>
        <source>Frontal area</source>
        <translation>Frontal area</translation>
    </message>
    <message>
        <source>Drag coefficient Cd</source>
        <translation>Drag coefficient Cd</translation>
    </message>
    <message>
        <source>Rolling-resistance coefficient</source>
        <translation>Rolling-resistance coefficient</translation>
    </message>
    <message>
        <source>Tyre size</source>
        <translation>Tyre size</translation>
    </message>
    <message>
        <source>Tyre rolling radius</source>
        <translation>Tyre rolling radius</translation>
    </message>
    <message>
        <source>Fuel tank</source>
        <translation>Fuel tank</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Position behind front axle</source>
        <translation>Position behind front axle</translation>
    </message>
    <message>
        <source>Engine code</source>
        <translation>Engine code</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>Torque</translation>
    </message>
    <message>
        <source>Fuel (P.3)</source>
        <translation>Fuel (P.3)</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Peak power</translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation>Continuous power</translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation>Peak torque</translation>
    </message>
    <message>
        <source>Maximum speed</source>
        <translation>Maximum speed</translation>
    </message>
    <message>
        <source>DC voltage, minimum</source>
        <translation>DC voltage, minimum</translation>
    </message>
    <message>
        <source>DC voltage, maximum</source>
        <translation>DC voltage, maximum</translation>
    </message>
    <message>
        <source>Peak efficiency</source>
        <translation>Peak efficiency</translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation>Peak phase current</translation>
    </message>
    <message>
        <source>Continuous phase current</source>
        <translation>Continuous phase current</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Maximum input torque</source>
        <translation>Maximum input torque</translation>
    </message>
    <message>
        <source>Maximum input speed</source>
        <translation>Maximum input speed</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chemistry</translation>
    </message>
    <message>
        <source>Cells in series</source>
        <translation>Cells in series</translation>
    </message>
    <message>
        <source>Cells in parallel</source>
        <translation>Cells in parallel</translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation>Nominal voltage</translation>
    </message>
    <message>
        <source>Minimum voltage</source>
        <translation>Minimum voltage</translation>
    </message>
    <message>
        <source>Maximum voltage</source>
        <translation>Maximum voltage</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Maximum discharge current</source>
        <translation>Maximum discharge current</translation>
    </message>
    <message>
        <source>Maximum charge current</source>
        <translation>Maximum charge current</translation>
    </message>
    <message>
        <source>Internal resistance</source>
        <translation>Internal resistance</translation>
    </message>
    <message>
        <source>Charger type</source>
        <translation>Charger type</translation>
    </message>
    <message>
        <source>Output voltage, minimum</source>
        <translation>Output voltage, minimum</translation>
    </message>
    <message>
        <source>Output voltage, maximum</source>
        <translation>Output voltage, maximum</translation>
    </message>
    <message>
        <source>Input voltage, minimum</source>
        <translation>Input voltage, minimum</translation>
    </message>
    <message>
        <source>Input voltage, maximum</source>
        <translation>Input voltage, maximum</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>database catalog '%1'</source>
        <translation>database catalog '%1'</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Unknown catalog '%1'.</source>
        <translation>Unknown catalog '%1'.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>The file was not imported:
%1</source>
        <translation>The file was not imported:
%1</translation>
    </message>
    <message>
        <source>Entry '%1' already exists; nothing was imported.</source>
        <translation>Entry '%1' already exists; nothing was imported.</translation>
    </message>
    <message>
        <source>There is no catalog entry '%1'.</source>
        <translation>There is no catalog entry '%1'.</translation>
    </message>
    <message>
        <source>Engines cannot be duplicated; duplicate a vehicle variant instead.</source>
        <translation>Engines cannot be duplicated; duplicate a vehicle variant instead.</translation>
    </message>
    <message>
        <source>An entry '%1' already exists.</source>
        <translation>An entry '%1' already exists.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Only entries you added can be deleted; '%1' is not one of them.</source>
        <translation>Only entries you added can be deleted; '%1' is not one of them.</translation>
    </message>
</context>
<context>
    <name>CheckJson</name>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation>needs evidence</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>the folder of %1 does not exist</translation>
    </message>
    <message>
        <source>warning: bundled catalog: %1</source>
        <translation>warning: bundled catalog: %1</translation>
    </message>
    <message>
        <source>ReMaster %1
Database: %2 (schema %3)
Vehicle catalog: %4
Component catalog: %5
</source>
        <translation>ReMaster %1
Database: %2 (schema %3)
Vehicle catalog: %4
Component catalog: %5
</translation>
    </message>
    <message>
        <source>unknown command '%1' (try --help)</source>
        <translation>unknown command '%1' (try --help)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>--db needs a file path or a postgresql:// URI</source>
        <translation>--db needs a file path or a postgresql:// URI</translation>
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
        <translation>Usage: remaster-cli [--db PATH|URI] [--ui-lang en|fr] COMMAND [ARGS] [--json]

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
</translation>
    </message>
</context>
<context>
    <name>CycleNames</name>
    <message>
        <source>WLTC class 1</source>
        <translation>WLTC class 1</translation>
    </message>
    <message>
        <source>WLTC class 2</source>
        <translation>WLTC class 2</translation>
    </message>
    <message>
        <source>WLTC class 3a</source>
        <translation>WLTC class 3a</translation>
    </message>
    <message>
        <source>WLTC class 3b</source>
        <translation>WLTC class 3b</translation>
    </message>
    <message>
        <source>NEDC</source>
        <translation>NEDC</translation>
    </message>
    <message>
        <source>Artemis urban</source>
        <translation>Artemis urban</translation>
    </message>
    <message>
        <source>Artemis rural road</source>
        <translation>Artemis rural road</translation>
    </message>
    <message>
        <source>Artemis motorway 130</source>
        <translation>Artemis motorway 130</translation>
    </message>
    <message>
        <source>Artemis motorway 150</source>
        <translation>Artemis motorway 150</translation>
    </message>
    <message>
        <source>EPA UDDS (urban)</source>
        <translation>EPA UDDS (urban)</translation>
    </message>
    <message>
        <source>EPA HWFET (highway)</source>
        <translation>EPA HWFET (highway)</translation>
    </message>
    <message>
        <source>VECTO urban delivery</source>
        <translation>VECTO urban delivery</translation>
    </message>
    <message>
        <source>VECTO regional delivery</source>
        <translation>VECTO regional delivery</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite integrity check: %2). It was left untouched; restore it from a backup.</source>
        <translation>%1 is damaged (SQLite integrity check: %2). It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left untouched.</source>
        <translation>%1 is an SQLite database of another application. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade but is read-only on disk.</source>
        <translation>%1 needs a schema upgrade but is read-only on disk.</translation>
    </message>
    <message>
        <source>Cannot open %1 read-only: %2</source>
        <translation>Cannot open %1 read-only: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer ReMaster (schema %1; this version knows up to %2). It is open read-only; update ReMaster to edit it.</source>
        <translation>This database was written by a newer ReMaster (schema %1; this version knows up to %2). It is open read-only; update ReMaster to edit it.</translation>
    </message>
    <message>
        <source>%1 is read-only on disk; changes cannot be saved.</source>
        <translation>%1 is read-only on disk; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Could not write the backup copy before upgrading %1: %2. Nothing was changed.</source>
        <translation>Could not write the backup copy before upgrading %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. The database was left at schema %3.</source>
        <translation>Upgrading %1 failed: %2. The database was left at schema %3.</translation>
    </message>
    <message>
        <source>schema %1 (%2): %3</source>
        <translation>schema %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</source>
        <translation>Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>%1 holds tables of another application (no ReMaster identity in remaster_meta). It was left untouched.</source>
        <translation>%1 holds tables of another application (no ReMaster identity in remaster_meta). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is a file, not a server</source>
        <translation>%1 is a file, not a server</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</source>
        <translation>Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). The database is empty: ReMaster will create its tables when you open it.</source>
        <translation>Connected (PostgreSQL %1). The database is empty: ReMaster will create its tables when you open it.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1), but the database holds tables of another application: ReMaster will not use it.</source>
        <translation>Connected (PostgreSQL %1), but the database holds tables of another application: ReMaster will not use it.</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1): a ReMaster database of a newer version (schema %2); it will open read-only.</source>
        <translation>Connected (PostgreSQL %1): a ReMaster database of a newer version (schema %2); it will open read-only.</translation>
    </message>
    <message numerus="yes">
        <source>Connected (PostgreSQL %1): a ReMaster database, schema %2, %n build sheet(s).</source>
        <translation><numerusform>Connected (PostgreSQL %1): a ReMaster database, schema %2, %n build sheet.</numerusform><numerusform>Connected (PostgreSQL %1): a ReMaster database, schema %2, %n build sheets.</numerusform></translation>
    </message>
    <message>
        <source>the connection to %1 was lost and could not be made again: %2</source>
        <translation>the connection to %1 was lost and could not be made again: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>catalog entry %1 exists in the target with other content entered there; nothing was overwritten (rename one of them and copy again)</source>
        <translation>catalog entry %1 exists in the target with other content entered there; nothing was overwritten (rename one of them and copy again)</translation>
    </message>
    <message>
        <source>both databases must be open</source>
        <translation>both databases must be open</translation>
    </message>
    <message>
        <source>the target %1 is open read-only; nothing was copied</source>
        <translation>the target %1 is open read-only; nothing was copied</translation>
    </message>
    <message>
        <source>the source and the target are the same database</source>
        <translation>the source and the target are the same database</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>cannot read the source: %1</translation>
    </message>
    <message>
        <source>cannot read the target: %1</source>
        <translation>cannot read the target: %1</translation>
    </message>
    <message numerus="yes">
        <source>the target %1 already holds %n build sheet(s); copy into an empty database, or merge (--merge) to add the missing sheets</source>
        <translation><numerusform>the target %1 already holds %n build sheet; copy into an empty database, or merge (--merge) to add the missing sheets</numerusform><numerusform>the target %1 already holds %n build sheets; copy into an empty database, or merge (--merge) to add the missing sheets</numerusform></translation>
    </message>
    <message>
        <source>catalog: %1; no build sheet was copied</source>
        <translation>catalog: %1; no build sheet was copied</translation>
    </message>
    <message>
        <source>sheet %1 cannot be read from the source: %2; nothing was copied</source>
        <translation>sheet %1 cannot be read from the source: %2; nothing was copied</translation>
    </message>
    <message>
        <source>sheet %1 does not read back from the target as copied</source>
        <translation>sheet %1 does not read back from the target as copied</translation>
    </message>
    <message>
        <source>sheet %1 revision %2: the hash in the target differs from the source</source>
        <translation>sheet %1 revision %2: the hash in the target differs from the source</translation>
    </message>
    <message>
        <source>cannot verify the target: %1</source>
        <translation>cannot verify the target: %1</translation>
    </message>
    <message>
        <source>the target does not verify after the copy: sheet %1 revision %2: %3</source>
        <translation>the target does not verify after the copy: sheet %1 revision %2: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseLocations</name>
    <message>
        <source>no database given: a file path, sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>no database given: a file path, sqlite:PATH or postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown database scheme '%1': accepted are a file path, sqlite:PATH and postgresql://</source>
        <translation>unknown database scheme '%1': accepted are a file path, sqlite:PATH and postgresql://</translation>
    </message>
    <message>
        <source>sqlite: needs a file path after the colon</source>
        <translation>sqlite: needs a file path after the colon</translation>
    </message>
    <message>
        <source>the PostgreSQL URI holds a password; ReMaster never stores one: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD, and remove it from the URI</source>
        <translation>the PostgreSQL URI holds a password; ReMaster never stores one: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD, and remove it from the URI</translation>
    </message>
    <message>
        <source>the PostgreSQL host '%1' opens '[' without closing it</source>
        <translation>the PostgreSQL host '%1' opens '[' without closing it</translation>
    </message>
    <message>
        <source>several PostgreSQL hosts ('%1') are not supported: give one</source>
        <translation>several PostgreSQL hosts ('%1') are not supported: give one</translation>
    </message>
    <message>
        <source>port '%1' is not a TCP port (accepted: 1 … 65535)</source>
        <translation>port '%1' is not a TCP port (accepted: 1 … 65535)</translation>
    </message>
    <message>
        <source>the PostgreSQL database name '%1' contains '/'</source>
        <translation>the PostgreSQL database name '%1' contains '/'</translation>
    </message>
    <message>
        <source>unknown PostgreSQL connection option '%1'; accepted: %2</source>
        <translation>unknown PostgreSQL connection option '%1'; accepted: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL connection option '%1' contains ';', which is not accepted</source>
        <translation>the PostgreSQL connection option '%1' contains ';', which is not accepted</translation>
    </message>
    <message>
        <source>sslmode '%1' is not a libpq TLS mode; accepted: %2</source>
        <translation>sslmode '%1' is not a libpq TLS mode; accepted: %2</translation>
    </message>
    <message>
        <source>the URI names two hosts ('%1' and host=%2): give one</source>
        <translation>the URI names two hosts ('%1' and host=%2): give one</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database: postgresql://user@host:port/DATABASE</source>
        <translation>the PostgreSQL URI names no database: postgresql://user@host:port/DATABASE</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <source>db copy needs --from LOCATION and --to LOCATION</source>
        <translation>db copy needs --from LOCATION and --to LOCATION</translation>
    </message>
    <message>
        <source>db copy: unexpected argument %1</source>
        <translation>db copy: unexpected argument %1</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>copying: %1 %</source>
        <translation>copying: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n build sheet(s) (%1 revisions, every hash checked) from %2 to %3 in %4 s.
</source>
        <translation><numerusform>Copied %n build sheet (%1 revisions, every hash checked) from %2 to %3 in %4 s.
</numerusform><numerusform>Copied %n build sheets (%1 revisions, every hash checked) from %2 to %3 in %4 s.
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n identical sheet(s) were already in the target.
</source>
        <translation><numerusform>%n identical sheet were already in the target.
</numerusform><numerusform>%n identical sheets were already in the target.
</numerusform></translation>
    </message>
    <message>
        <source>Catalog: %1 entries and %2 sources of your own copied.
</source>
        <translation>Catalog: %1 entries and %2 sources of your own copied.
</translation>
    </message>
    <message>
        <source>usage: remaster-cli db copy --from LOCATION --to LOCATION [--merge] [--json]
       remaster-cli --db postgresql://... db init [--json]
  LOCATION: a file, sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>usage: remaster-cli db copy --from LOCATION --to LOCATION [--merge] [--json]
       remaster-cli --db postgresql://... db init [--json]
  LOCATION: a file, sqlite:PATH or postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>db init: unexpected argument %1</source>
        <translation>db init: unexpected argument %1</translation>
    </message>
    <message>
        <source>Team database %1 is ready (schema %2).
</source>
        <translation>Team database %1 is ready (schema %2).
</translation>
    </message>
    <message>
        <source>Roles created: %1.
</source>
        <translation>Roles created: %1.
</translation>
    </message>
    <message>
        <source>Roles already there: %1.
</source>
        <translation>Roles already there: %1.
</translation>
    </message>
    <message>
        <source>Only members of remaster_homologation may now approve, and of remaster_workshop record a sheet built. Make each user a member, e.g.: GRANT remaster_homologation TO alice;
</source>
        <translation>Only members of remaster_homologation may now approve, and of remaster_workshop record a sheet built. Make each user a member, e.g.: GRANT remaster_homologation TO alice;
</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Sample sheet of the demo database.</source>
        <translation>Sample sheet of the demo database.</translation>
    </message>
</context>
<context>
    <name>DesignCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid design:</source>
        <translation>%1 is not a valid design:</translation>
    </message>
    <message>
        <source>%1 km, %2 s, max %3 km/h</source>
        <translation>%1 km, %2 s, max %3 km/h</translation>
    </message>
    <message>
        <source>Also accepted in a design: "wltc-auto" (the class the regulation assigns) and a path to a CSV file with columns time_s,speed_kmh[,grade_percent].</source>
        <translation>Also accepted in a design: "wltc-auto" (the class the regulation assigns) and a path to a CSV file with columns time_s,speed_kmh[,grade_percent].</translation>
    </message>
    <message>
        <source>evaluate needs one design file (see: remaster-cli example-design)</source>
        <translation>evaluate needs one design file (see: remaster-cli example-design)</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation>%1 cannot be evaluated:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NOT MET</translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation>Vehicle: %1 (%2)</translation>
    </message>
    <message>
        <source>Mass in running order: %1 kg → %2 kg (%3 %), removed %4 kg, kit %5 kg, GVW %6 kg</source>
        <translation>Mass in running order: %1 kg → %2 kg (%3 %), removed %4 kg, kit %5 kg, GVW %6 kg</translation>
    </message>
    <message>
        <source>WLTC class %1 (PMR %2 W/kg)</source>
        <translation>WLTC class %1 (PMR %2 W/kg)</translation>
    </message>
    <message>
        <source>Power window (FR-07, %1): %2 kW of %3 kW = %4 % (65–100 %): %5</source>
        <translation>Power window (FR-07, %1): %2 kW of %3 kW = %4 % (65–100 %): %5</translation>
    </message>
    <message>
        <source>  %1: margin %2 %: %3</source>
        <translation>  %1: margin %2 %: %3</translation>
    </message>
    <message>
        <source>  top speed %1 km/h, 0–%2 km/h in %3 s, ratio %4 (feasible %5 … %6)</source>
        <translation>  top speed %1 km/h, 0–%2 km/h in %3 s, ratio %4 (feasible %5 … %6)</translation>
    </message>
    <message>
        <source>Battery: %1 × %2 modules, %3–%4 V (inverter %5–%6 V: %7), %8 kWh usable of %9 kWh, %10 kg</source>
        <translation>Battery: %1 × %2 modules, %3–%4 V (inverter %5–%6 V: %7), %8 kWh usable of %9 kWh, %10 kg</translation>
    </message>
    <message>
        <source>  peak discharge %1 kW (%2), regen %3 kW (%4), AC charge 10→80 % in %5 h</source>
        <translation>  peak discharge %1 kW (%2), regen %3 kW (%4), AC charge 10→80 % in %5 h</translation>
    </message>
    <message>
        <source>, DC in %1 h</source>
        <translation>, DC in %1 h</translation>
    </message>
    <message>
        <source>Cycle                          Payload   Test mass  Wh/km  Wh/km(plug)  Range</source>
        <translation>Cycle                          Payload   Test mass  Wh/km  Wh/km(plug)  Range</translation>
    </message>
    <message>
        <source>  (could not follow the trace)</source>
        <translation>  (could not follow the trace)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>--ruleset needs a file</source>
        <translation>--ruleset needs a file</translation>
    </message>
    <message>
        <source>check needs one design file</source>
        <translation>check needs one design file</translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used:</source>
        <translation>The rule set %1 cannot be used:</translation>
    </message>
    <message>
        <source>%1 cannot be checked:</source>
        <translation>%1 cannot be checked:</translation>
    </message>
    <message>
        <source>Rule set %1 — %2 fail, %3 warning, %4 need evidence, %5 pass, %6 not applicable</source>
        <translation>Rule set %1 — %2 fail, %3 warning, %4 need evidence, %5 pass, %6 not applicable</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>measured %1</translation>
    </message>
    <message>
        <source>limits %1 … %2</source>
        <translation>limits %1 … %2</translation>
    </message>
    <message>
        <source>limit %1 %2</source>
        <translation>limit %1 %2</translation>
    </message>
    <message>
        <source>margin %1</source>
        <translation>margin %1</translation>
    </message>
    <message>
        <source> (limit pending legal confirmation)</source>
        <translation> (limit pending legal confirmation)</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg (%2 %), usable payload %3 kg, limited by %4</source>
        <translation>Mass in running order %1 kg (%2 %), usable payload %3 kg, limited by %4</translation>
    </message>
    <message>
        <source>grade-modules needs MODULES.csv --module ID --series N --parallel N</source>
        <translation>grade-modules needs MODULES.csv --module ID --series N --parallel N</translation>
    </message>
    <message>
        <source>--series accepts 1 … 400, not '%1'</source>
        <translation>--series accepts 1 … 400, not '%1'</translation>
    </message>
    <message>
        <source>--parallel accepts 1 … 20, not '%1'</source>
        <translation>--parallel accepts 1 … 20, not '%1'</translation>
    </message>
    <message>
        <source>%1 accepts 0 … %2 %, not '%3'</source>
        <translation>%1 accepts 0 … %2 %, not '%3'</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 is not a valid module list:</translation>
    </message>
    <message>
        <source>there is no battery module '%1' (see: remaster-cli catalog list battery-modules)</source>
        <translation>there is no battery module '%1' (see: remaster-cli catalog list battery-modules)</translation>
    </message>
    <message>
        <source>%1 modules graded for %2 in series × %3 strings (%4)</source>
        <translation>%1 modules graded for %2 in series × %3 strings (%4)</translation>
    </message>
    <message>
        <source>String %1: %2 Ah, spread %3 % capacity / %4 % resistance, lowest SOH %5 %: %6</source>
        <translation>String %1: %2 Ah, spread %3 % capacity / %4 % resistance, lowest SOH %5 %: %6</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>NOT ACCEPTED</source>
        <translation>NOT ACCEPTED</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Not used: %1</translation>
    </message>
    <message>
        <source>Pack: %1 Ah, %2 kWh</source>
        <translation>Pack: %1 Ah, %2 kWh</translation>
    </message>
    <message>
        <source>WLTP (%1): TM_L %2 kg, TM_H %3 kg, %4%5%6</source>
        <translation>WLTP (%1): TM_L %2 kg, TM_H %3 kg, %4%5%6</translation>
    </message>
    <message>
        <source>, downscaled by %1</source>
        <translation>, downscaled by %1</translation>
    </message>
    <message>
        <source>, capped at %1 km/h</source>
        <translation>, capped at %1 km/h</translation>
    </message>
    <message>
        <source>  EC_AC %1 / %2 Wh/km from the mains, EC_DC %3 Wh/km at the battery, range %4 / %5 km (TM_L / TM_H)</source>
        <translation>  EC_AC %1 / %2 Wh/km from the mains, EC_DC %3 Wh/km at the battery, range %4 / %5 km (TM_L / TM_H)</translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>accepted: %1</source>
        <translation>accepted: %1</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is not a known field</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>is %1, out of range</source>
        <translation>is %1, out of range</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>must be a text string</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is not a confidence mark</source>
        <translation>is not a confidence mark</translation>
    </message>
    <message>
        <source>must be a number (%1) or {value, source, confidence, note}</source>
        <translation>must be a number (%1) or {value, source, confidence, note}</translation>
    </message>
    <message>
        <source>needs f0_n, f1_n_per_kmh, f2_n_per_kmh2 and reference_mass_kg</source>
        <translation>needs f0_n, f1_n_per_kmh, f2_n_per_kmh2 and reference_mass_kg</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>needs power_kw and current_limit_a</source>
        <translation>needs power_kw and current_limit_a</translation>
    </message>
    <message>
        <source>must be an array of cycle ids or .csv paths</source>
        <translation>must be an array of cycle ids or .csv paths</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>is not a power basis</translation>
    </message>
    <message>
        <source>must be "remaster-design"</source>
        <translation>must be "remaster-design"</translation>
    </message>
    <message>
        <source>is not supported by this ReMaster</source>
        <translation>is not supported by this ReMaster</translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation>is not a registration status</translation>
    </message>
    <message>
        <source>needs length, width, height and wheelbase</source>
        <translation>needs length, width, height and wheelbase</translation>
    </message>
    <message>
        <source>needs capacity_ah and resistance_mohm</source>
        <translation>needs capacity_ah and resistance_mohm</translation>
    </message>
    <message>
        <source>must not be below wltp_optional_equipment_low_kg</source>
        <translation>must not be below wltp_optional_equipment_low_kg</translation>
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
        <translation>Panel van</translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation>Chassis cab</translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation>Platform cab</translation>
    </message>
    <message>
        <source>FWD</source>
        <translation>FWD</translation>
    </message>
    <message>
        <source>RWD</source>
        <translation>RWD</translation>
    </message>
    <message>
        <source>single rear wheels</source>
        <translation>single rear wheels</translation>
    </message>
    <message>
        <source>twin rear wheels</source>
        <translation>twin rear wheels</translation>
    </message>
    <message>
        <source>%1, twin rear wheels</source>
        <translation>%1, twin rear wheels</translation>
    </message>
    <message>
        <source>Traction motors</source>
        <translation>Traction motors</translation>
    </message>
    <message>
        <source>Inverters</source>
        <translation>Inverters</translation>
    </message>
    <message>
        <source>Reduction gears</source>
        <translation>Reduction gears</translation>
    </message>
    <message>
        <source>Battery modules</source>
        <translation>Battery modules</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>Chargers</translation>
    </message>
    <message>
        <source>DC-DC converters</source>
        <translation>DC-DC converters</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation>Second-life</translation>
    </message>
    <message>
        <source>On-board AC</source>
        <translation>On-board AC</translation>
    </message>
    <message>
        <source>DC inlet</source>
        <translation>DC inlet</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>hp</source>
        <translation>hp</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>half load</source>
        <translation>half load</translation>
    </message>
    <message>
        <source>full load (GVW)</source>
        <translation>full load (GVW)</translation>
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
        <translation>  sheet export-pdf NUMBER --out FILE [--lang en|fr] [--kind workshop|dossier|attestation|plate]
             [--paper a4|letter] [--pdfa] [--revision N] [--overwrite]
             [--kit-maker NAME] [--approval NUMBER] [--installer NAME] [--grayscale]
  sheet export-pdfs [NUMBER...] --dir DIR [--status STATUS] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
             [--lang en|fr] [--kind …] [--paper a4|letter] [--pdfa] [--overwrite] [--jobs N]
             one PDF per sheet, named NUMBER_VIN_KIND_LANG.pdf; progress on stderr;
             an existing file is kept unless --overwrite is given
</translation>
    </message>
    <message>
        <source>--lang '%1' is not a document language (en, fr)</source>
        <translation>--lang '%1' is not a document language (en, fr)</translation>
    </message>
    <message>
        <source>--kind '%1' is not a document (workshop, dossier, attestation, plate)</source>
        <translation>--kind '%1' is not a document (workshop, dossier, attestation, plate)</translation>
    </message>
    <message>
        <source>--paper '%1' is not a paper size (a4, letter)</source>
        <translation>--paper '%1' is not a paper size (a4, letter)</translation>
    </message>
    <message>
        <source>sheet export-pdf needs --out FILE</source>
        <translation>sheet export-pdf needs --out FILE</translation>
    </message>
    <message>
        <source>sheet export-pdf needs one sheet number</source>
        <translation>sheet export-pdf needs one sheet number</translation>
    </message>
    <message>
        <source>--revision '%1' is not a revision number</source>
        <translation>--revision '%1' is not a revision number</translation>
    </message>
    <message>
        <source>%1 exists (use --overwrite to replace it)</source>
        <translation>%1 exists (use --overwrite to replace it)</translation>
    </message>
    <message>
        <source>sheet %1 has no revision %2</source>
        <translation>sheet %1 has no revision %2</translation>
    </message>
    <message>
        <source>%1: %2 pages written to %3</source>
        <translation>%1: %2 pages written to %3</translation>
    </message>
    <message>
        <source>sheet export-pdfs needs --dir DIR</source>
        <translation>sheet export-pdfs needs --dir DIR</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>--status '%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>--status '%1' is not a status (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>%1 '%2' is not a date (YYYY-MM-DD)</source>
        <translation>%1 '%2' is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--jobs '%1' is not a number of jobs (1 … 256)</source>
        <translation>--jobs '%1' is not a number of jobs (1 … 256)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>no build sheet matches</source>
        <translation>no build sheet matches</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>%1 written, %2 skipped (file exists), %3 failed in %4 s</source>
        <translation>%1 written, %2 skipped (file exists), %3 failed in %4 s</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Workshop build sheet</source>
        <translation>Workshop build sheet</translation>
    </message>
    <message>
        <source>Homologation dossier</source>
        <translation>Homologation dossier</translation>
    </message>
    <message>
        <source>Vehicle summary</source>
        <translation>Vehicle summary</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Bill of materials</translation>
    </message>
    <message>
        <source>Work steps</source>
        <translation>Work steps</translation>
    </message>
    <message>
        <source>Tick each step when it is done. HV: high-voltage safety step (highlighted); write the measured value in the blank and compare it with the required value printed next to it.</source>
        <translation>Tick each step when it is done. HV: high-voltage safety step (highlighted); write the measured value in the blank and compare it with the required value printed next to it.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <source>Conversion of a diesel vehicle to battery-electric drive (French decree of 13 March 2020)</source>
        <translation>Conversion of a diesel vehicle to battery-electric drive (French decree of 13 March 2020)</translation>
    </message>
    <message>
        <source>Vehicle data before and after conversion</source>
        <translation>Vehicle data before and after conversion</translation>
    </message>
    <message>
        <source>Power of the electric drive against the original engine</source>
        <translation>Power of the electric drive against the original engine</translation>
    </message>
    <message>
        <source>Masses</source>
        <translation>Masses</translation>
    </message>
    <message>
        <source>Axle loads for every load case</source>
        <translation>Axle loads for every load case</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>WLTC class, energy consumption and range</source>
        <translation>WLTC class, energy consumption and range</translation>
    </message>
    <message>
        <source>Motor performance against the requirements</source>
        <translation>Motor performance against the requirements</translation>
    </message>
    <message>
        <source>Homologation rules</source>
        <translation>Homologation rules</translation>
    </message>
    <message>
        <source>High-voltage safety evidence</source>
        <translation>High-voltage safety evidence</translation>
    </message>
    <message>
        <source>Record integrity</source>
        <translation>Record integrity</translation>
    </message>
    <message>
        <source>Transformation attestation</source>
        <translation>Transformation attestation</translation>
    </message>
    <message>
        <source>Transformation plate</source>
        <translation>Transformation plate</translation>
    </message>
    <message>
        <source>Per-vehicle attestation following the model of Annex II of the decree of 13 March 2020 (regulation FR-22), pre-filled from the build sheet.</source>
        <translation>Per-vehicle attestation following the model of Annex II of the decree of 13 March 2020 (regulation FR-22), pre-filled from the build sheet.</translation>
    </message>
    <message>
        <source>Text of the plate fixed next to the manufacturer's plate, in the same format, lines in this order (decree of 13 March 2020, art. 4; regulation FR-20). The wording is the decree's and stays in French.</source>
        <translation>Text of the plate fixed next to the manufacturer's plate, in the same format, lines in this order (decree of 13 March 2020, art. 4; regulation FR-20). The wording is the decree's and stays in French.</translation>
    </message>
    <message>
        <source>Identification numbers of the components</source>
        <translation>Identification numbers of the components</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installer</translation>
    </message>
    <message>
        <source>Kit maker</source>
        <translation>Kit maker</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Place and date</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <source>Workshop lead</source>
        <translation>Workshop lead</translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation>Homologation</translation>
    </message>
    <message>
        <source>Sheet number</source>
        <translation>Sheet number</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation>Revision date</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Original engine</source>
        <translation>Original engine</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>reduction ratio</source>
        <translation>reduction ratio</translation>
    </message>
    <message>
        <source>Inverter, charger, DC-DC converter</source>
        <translation>Inverter, charger, DC-DC converter</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>%1: %2 in series × %3 in parallel, %4 usable</source>
        <translation>%1: %2 in series × %3 in parallel, %4 usable</translation>
    </message>
    <message>
        <source>Pack voltage (empty – nominal – full)</source>
        <translation>Pack voltage (empty – nominal – full)</translation>
    </message>
    <message>
        <source>Mass in running order before → after</source>
        <translation>Mass in running order before → after</translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation>Gross vehicle weight (F.1)</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Mass (kg)</translation>
    </message>
    <message>
        <source>Position (mm)</source>
        <translation>Position (mm)</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <source>Total added mass</source>
        <translation>Total added mass</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Done by, date</source>
        <translation>Done by, date</translation>
    </message>
    <message>
        <source>HV</source>
        <translation>HV</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No sign-off yet: this revision is not approved.</source>
        <translation>No sign-off yet: this revision is not approved.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Before conversion</source>
        <translation>Before conversion</translation>
    </message>
    <message>
        <source>After conversion</source>
        <translation>After conversion</translation>
    </message>
    <message>
        <source>Vehicle identification number</source>
        <translation>Vehicle identification number</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Date of first registration</source>
        <translation>Date of first registration</translation>
    </message>
    <message>
        <source>Type, variant, version</source>
        <translation>Type, variant, version</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>National genre</source>
        <translation>National genre</translation>
    </message>
    <message>
        <source>Body work</source>
        <translation>Body work</translation>
    </message>
    <message>
        <source>Seats including the driver</source>
        <translation>Seats including the driver</translation>
    </message>
    <message>
        <source>Technically permissible maximum laden mass</source>
        <translation>Technically permissible maximum laden mass</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Mass in running order</translation>
    </message>
    <message>
        <source>Maximum net power</source>
        <translation>Maximum net power</translation>
    </message>
    <message>
        <source>Energy source</source>
        <translation>Energy source</translation>
    </message>
    <message>
        <source>P.3 becomes EL (electricity). Mass in running order after conversion as computed from the mass sheet; the weighbridge ticket of the converted vehicle is the reference. The owner declares the changes to obtain a new registration certificate.</source>
        <translation>P.3 becomes EL (electricity). Mass in running order after conversion as computed from the mass sheet; the weighbridge ticket of the converted vehicle is the reference. The owner declares the changes to obtain a new registration certificate.</translation>
    </message>
    <message>
        <source>30-minute power (UN R85)</source>
        <translation>30-minute power (UN R85)</translation>
    </message>
    <message>
        <source>maximum net power (UN R85)</source>
        <translation>maximum net power (UN R85)</translation>
    </message>
    <message>
        <source>Original engine, maximum net power (P.2)</source>
        <translation>Original engine, maximum net power (P.2)</translation>
    </message>
    <message>
        <source>Electric drive</source>
        <translation>Electric drive</translation>
    </message>
    <message>
        <source>Ratio electric / original</source>
        <translation>Ratio electric / original</translation>
    </message>
    <message>
        <source>Permitted range</source>
        <translation>Permitted range</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Mass in running order before conversion</source>
        <translation>Mass in running order before conversion</translation>
    </message>
    <message>
        <source>Removed diesel parts</source>
        <translation>Removed diesel parts</translation>
    </message>
    <message>
        <source>Added conversion kit</source>
        <translation>Added conversion kit</translation>
    </message>
    <message>
        <source>Mass in running order after conversion</source>
        <translation>Mass in running order after conversion</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Centre of mass behind the front axle, before → after</source>
        <translation>Centre of mass behind the front axle, before → after</translation>
    </message>
    <message>
        <source>Unladen front-axle share, before → after</source>
        <translation>Unladen front-axle share, before → after</translation>
    </message>
    <message>
        <source>Unladen</source>
        <translation>Unladen</translation>
    </message>
    <message>
        <source>At GVW, load at the load-space centre</source>
        <translation>At GVW, load at the load-space centre</translation>
    </message>
    <message>
        <source>At GVW, load at the chosen position</source>
        <translation>At GVW, load at the chosen position</translation>
    </message>
    <message>
        <source>Load case</source>
        <translation>Load case</translation>
    </message>
    <message>
        <source>Payload (kg)</source>
        <translation>Payload (kg)</translation>
    </message>
    <message>
        <source>Total (kg)</source>
        <translation>Total (kg)</translation>
    </message>
    <message>
        <source>Front axle / limit (kg)</source>
        <translation>Front axle / limit (kg)</translation>
    </message>
    <message>
        <source>Rear axle / limit (kg)</source>
        <translation>Rear axle / limit (kg)</translation>
    </message>
    <message>
        <source>Axle loads against their limits</source>
        <translation>Axle loads against their limits</translation>
    </message>
    <message>
        <source>Axle load (kg)</source>
        <translation>Axle load (kg)</translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation>Front axle</translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation>Rear axle</translation>
    </message>
    <message>
        <source>Permissible axle load</source>
        <translation>Permissible axle load</translation>
    </message>
    <message>
        <source>No mass sheet in this snapshot.</source>
        <translation>No mass sheet in this snapshot.</translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation>the front axle</translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation>the rear axle</translation>
    </message>
    <message>
        <source>the gross vehicle weight</source>
        <translation>the gross vehicle weight</translation>
    </message>
    <message>
        <source>Usable payload at the load-space centre</source>
        <translation>Usable payload at the load-space centre</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Limited by</translation>
    </message>
    <message>
        <source>Load-space centre behind the front axle</source>
        <translation>Load-space centre behind the front axle</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>half load</source>
        <translation>half load</translation>
    </message>
    <message>
        <source>full load</source>
        <translation>full load</translation>
    </message>
    <message>
        <source>WLTC class (GTR 15, power-to-mass ratio)</source>
        <translation>WLTC class (GTR 15, power-to-mass ratio)</translation>
    </message>
    <message>
        <source>Cycle used</source>
        <translation>Cycle used</translation>
    </message>
    <message>
        <source>Usable battery energy</source>
        <translation>Usable battery energy</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Test mass (kg)</source>
        <translation>Test mass (kg)</translation>
    </message>
    <message>
        <source>Battery (Wh/km)</source>
        <translation>Battery (Wh/km)</translation>
    </message>
    <message>
        <source>At the plug (Wh/km)</source>
        <translation>At the plug (Wh/km)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Range (km)</translation>
    </message>
    <message>
        <source>Trace followed</source>
        <translation>Trace followed</translation>
    </message>
    <message>
        <source>Consumption (Wh/km)</source>
        <translation>Consumption (Wh/km)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Battery consumption per cycle phase: %1</source>
        <translation>Battery consumption per cycle phase: %1</translation>
    </message>
    <message>
        <source>Whole cycle</source>
        <translation>Whole cycle</translation>
    </message>
    <message>
        <source>Hill start at GVW</source>
        <translation>Hill start at GVW</translation>
    </message>
    <message>
        <source>Sustained grade at GVW</source>
        <translation>Sustained grade at GVW</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Top speed</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Acceleration</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Wheel torque required / available (N·m)</source>
        <translation>Wheel torque required / available (N·m)</translation>
    </message>
    <message>
        <source>Wheel power required / available (kW)</source>
        <translation>Wheel power required / available (kW)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Wheel torque of the motor against the demand at GVW</source>
        <translation>Wheel torque of the motor against the demand at GVW</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Speed (km/h)</translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation>Wheel torque (N·m)</translation>
    </message>
    <message>
        <source>Reachable top speed %1, 0 to %2 in %3.</source>
        <translation>Reachable top speed %1, 0 to %2 in %3.</translation>
    </message>
    <message>
        <source>Peak wheel torque</source>
        <translation>Peak wheel torque</translation>
    </message>
    <message>
        <source>Continuous wheel torque</source>
        <translation>Continuous wheel torque</translation>
    </message>
    <message>
        <source>Demand on %1 grade</source>
        <translation>Demand on %1 grade</translation>
    </message>
    <message>
        <source>Rule set version: %1</source>
        <translation>Rule set version: %1</translation>
    </message>
    <message>
        <source>The rules were not evaluated in this revision's snapshot.</source>
        <translation>The rules were not evaluated in this revision's snapshot.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>* limit pending legal confirmation (see the rule set).</source>
        <translation>* limit pending legal confirmation (see the rule set).</translation>
    </message>
    <message>
        <source>Isolation resistance, DC bus</source>
        <translation>Isolation resistance, DC bus</translation>
    </message>
    <message>
        <source>Isolation resistance, AC bus</source>
        <translation>Isolation resistance, AC bus</translation>
    </message>
    <message>
        <source>Isolation resistance, combined DC and AC buses</source>
        <translation>Isolation resistance, combined DC and AC buses</translation>
    </message>
    <message>
        <source>Double protection of the AC bus</source>
        <translation>Double protection of the AC bus</translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXD (cab and load space)</source>
        <translation>Protection against direct contact IPXXD (cab and load space)</translation>
    </message>
    <message>
        <source>Protection against direct contact IPXXB (elsewhere)</source>
        <translation>Protection against direct contact IPXXB (elsewhere)</translation>
    </message>
    <message>
        <source>Bonding resistance of exposed conductive parts</source>
        <translation>Bonding resistance of exposed conductive parts</translation>
    </message>
    <message>
        <source>Earth connection for charging</source>
        <translation>Earth connection for charging</translation>
    </message>
    <message>
        <source>High-voltage warning symbols</source>
        <translation>High-voltage warning symbols</translation>
    </message>
    <message>
        <source>Orange covering of HV cables</source>
        <translation>Orange covering of HV cables</translation>
    </message>
    <message>
        <source>Battery (REESS) approval</source>
        <translation>Battery (REESS) approval</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Provided</source>
        <translation>Provided</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>SHA-256 of this revision</source>
        <translation>SHA-256 of this revision</translation>
    </message>
    <message>
        <source>SHA-256 of the previous revision</source>
        <translation>SHA-256 of the previous revision</translation>
    </message>
    <message>
        <source>Revision created</source>
        <translation>Revision created</translation>
    </message>
    <message>
        <source>Catalogs (vehicles, components)</source>
        <translation>Catalogs (vehicles, components)</translation>
    </message>
    <message>
        <source>Rule set version</source>
        <translation>Rule set version</translation>
    </message>
    <message>
        <source>The hash seals the stored revision; `remaster-cli sheet verify` recomputes it.</source>
        <translation>The hash seals the stored revision; `remaster-cli sheet verify` recomputes it.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Identification numbers</source>
        <translation>Identification numbers</translation>
    </message>
    <message>
        <source>Habilitated installer</source>
        <translation>Habilitated installer</translation>
    </message>
    <message>
        <source>Kit maker (maker of the conversion device)</source>
        <translation>Kit maker (maker of the conversion device)</translation>
    </message>
    <message>
        <source>Type of the conversion device</source>
        <translation>Type of the conversion device</translation>
    </message>
    <message>
        <source>Prototype approval number</source>
        <translation>Prototype approval number</translation>
    </message>
    <message>
        <source>Make and type of the converted vehicle</source>
        <translation>Make and type of the converted vehicle</translation>
    </message>
    <message>
        <source>Year of first registration</source>
        <translation>Year of first registration</translation>
    </message>
    <message>
        <source>Mass of the vehicle in running order after conversion</source>
        <translation>Mass of the vehicle in running order after conversion</translation>
    </message>
    <message>
        <source>5.4.1 Technically permissible maximum laden mass</source>
        <translation>5.4.1 Technically permissible maximum laden mass</translation>
    </message>
    <message>
        <source>Maximum net power of the electric drive</source>
        <translation>Maximum net power of the electric drive</translation>
    </message>
    <message>
        <source>Date of the conversion</source>
        <translation>Date of the conversion</translation>
    </message>
    <message>
        <source>Build sheet</source>
        <translation>Build sheet</translation>
    </message>
    <message>
        <source>Sheet %1, revision %2</source>
        <translation>Sheet %1, revision %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Battery-electric conversion of Renault Master VIN %1</source>
        <translation>Battery-electric conversion of Renault Master VIN %1</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>rev. %1</source>
        <translation>rev. %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>needs evidence</source>
        <translation>needs evidence</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Extra High</source>
        <translation>Extra High</translation>
    </message>
    <message>
        <source>WLTP type-approval procedure</source>
        <translation>WLTP type-approval procedure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>UN GTR 15 and Regulation (EU) 2017/1151 Annex XXI: Type 1 test of a pure electric vehicle, shortened test procedure (Sub-Annex 8), simulated</source>
        <translation>UN GTR 15 and Regulation (EU) 2017/1151 Annex XXI: Type 1 test of a pure electric vehicle, shortened test procedure (Sub-Annex 8), simulated</translation>
    </message>
    <message>
        <source>Test masses TM_L / TM_H</source>
        <translation>Test masses TM_L / TM_H</translation>
    </message>
    <message>
        <source>%1, %2 % of the maximum vehicle load</source>
        <translation>%1, %2 % of the maximum vehicle load</translation>
    </message>
    <message>
        <source>downscaled by %1</source>
        <translation>downscaled by %1</translation>
    </message>
    <message>
        <source>capped at %1</source>
        <translation>capped at %1</translation>
    </message>
    <message>
        <source>Cycle driven</source>
        <translation>Cycle driven</translation>
    </message>
    <message>
        <source>Rated power, maximum speed</source>
        <translation>Rated power, maximum speed</translation>
    </message>
    <message>
        <source>Usable battery energy to break-off (UBE)</source>
        <translation>Usable battery energy to break-off (UBE)</translation>
    </message>
    <message>
        <source>Consumption at the battery (EC_DC)</source>
        <translation>Consumption at the battery (EC_DC)</translation>
    </message>
    <message>
        <source>Consumption from the mains (EC_AC), TM_L / TM_H</source>
        <translation>Consumption from the mains (EC_AC), TM_L / TM_H</translation>
    </message>
    <message>
        <source>All-electric range (AER), TM_L / TM_H</source>
        <translation>All-electric range (AER), TM_L / TM_H</translation>
    </message>
    <message>
        <source>Computed by ReMaster from the design, not measured on a dynamometer: the approval authority's test gives the figures of record.</source>
        <translation>Computed by ReMaster from the design, not measured on a dynamometer: the approval authority's test gives the figures of record.</translation>
    </message>
</context>
<context>
    <name>JsonEnvelope</name>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>malformed JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>'format' must be "%1"</source>
        <translation>'format' must be "%1"</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>unsupported 'format_version'</translation>
    </message>
    <message>
        <source>the key %1 appears twice (each key once per object)</source>
        <translation>the key %1 appears twice (each key once per object)</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message>
        <source>find-kits needs one design file (see: remaster-cli find-kits --help)</source>
        <translation>find-kits needs one design file (see: remaster-cli find-kits --help)</translation>
    </message>
    <message>
        <source>%1 accepts %2 … %3, not '%4'</source>
        <translation>%1 accepts %2 … %3, not '%4'</translation>
    </message>
    <message>
        <source>--objective accepts payload, range, kit-mass, consumption, charge-time, not '%1'</source>
        <translation>--objective accepts payload, range, kit-mass, consumption, charge-time, not '%1'</translation>
    </message>
    <message>
        <source>--weights accepts METRIC=WEIGHT,… with the metrics payload, range, kit-mass, consumption, charge-time, not '%1'</source>
        <translation>--weights accepts METRIC=WEIGHT,… with the metrics payload, range, kit-mass, consumption, charge-time, not '%1'</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid stock file:</source>
        <translation>%1 is not a valid stock file:</translation>
    </message>
    <message>
        <source>--modules needs --batch-module ID: the module type of the measured batch</source>
        <translation>--modules needs --batch-module ID: the module type of the measured batch</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 is not a valid module list:</translation>
    </message>
    <message>
        <source>The rule set %1 cannot be used:</source>
        <translation>The rule set %1 cannot be used:</translation>
    </message>
    <message>
        <source>find-kits: %1 % of %2 hardware combinations</source>
        <translation>find-kits: %1 % of %2 hardware combinations</translation>
    </message>
    <message>
        <source>The kit search cannot run:</source>
        <translation>The kit search cannot run:</translation>
    </message>
    <message>
        <source>%1 hardware combinations, %2 past the catalog checks; %3 kits judged, %4 ran the cycles, %5 feasible (%6 s on %7 threads)</source>
        <translation>%1 hardware combinations, %2 past the catalog checks; %3 kits judged, %4 ran the cycles, %5 feasible (%6 s on %7 threads)</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>      payload %1 kg, kit %2 kg, charge %3 h</source>
        <translation>      payload %1 kg, kit %2 kg, charge %3 h</translation>
    </message>
    <message>
        <source>, range %1 km (%2), %3 Wh/km</source>
        <translation>, range %1 km (%2), %3 Wh/km</translation>
    </message>
    <message>
        <source>; tightest: %1</source>
        <translation>; tightest: %1</translation>
    </message>
    <message>
        <source>      misses %1 by %2 %</source>
        <translation>      misses %1 by %2 %</translation>
    </message>
    <message>
        <source>Current kit:</source>
        <translation>Current kit:</translation>
    </message>
    <message>
        <source>No kit meets every constraint. Nearest misses:</source>
        <translation>No kit meets every constraint. Nearest misses:</translation>
    </message>
    <message>
        <source>Best %1 by the objective:</source>
        <translation>Best %1 by the objective:</translation>
    </message>
    <message>
        <source>Pareto front (payload, range, kit mass, consumption, charge time): %1 kits</source>
        <translation>Pareto front (payload, range, kit mass, consumption, charge time): %1 kits</translation>
    </message>
    <message>
        <source>the design has no kit and the catalog no DC-DC converter to assume</source>
        <translation>the design has no kit and the catalog no DC-DC converter to assume</translation>
    </message>
    <message>
        <source>find-kits: the design has no kit; DC-DC converter assumed: %1</source>
        <translation>find-kits: the design has no kit; DC-DC converter assumed: %1</translation>
    </message>
</context>
<context>
    <name>KitSearchJson</name>
    <message>
        <source>is not a JSON object: %1</source>
        <translation>is not a JSON object: %1</translation>
    </message>
    <message>
        <source>is not a module stock file</source>
        <translation>is not a module stock file</translation>
    </message>
    <message>
        <source>is not a supported version</source>
        <translation>is not a supported version</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>is not a known field</translation>
    </message>
    <message>
        <source>must list at least one module id with its count</source>
        <translation>must list at least one module id with its count</translation>
    </message>
    <message>
        <source>must be a whole number of modules, not %1</source>
        <translation>must be a whole number of modules, not %1</translation>
    </message>
    <message>
        <source>appears twice (each key once per object)</source>
        <translation>appears twice (each key once per object)</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>is not a finite number</source>
        <translation>is not a finite number</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>is out of range</translation>
    </message>
    <message>
        <source>'from' must be a year from 1990 and 'to' must not be before it</source>
        <translation>'from' must be a year from 1990 and 'to' must not be before it</translation>
    </message>
    <message>
        <source>must be below the gross vehicle weight (gvw)</source>
        <translation>must be below the gross vehicle weight (gvw)</translation>
    </message>
    <message>
        <source>front and rear axle limits together must carry at least the gvw</source>
        <translation>front and rear axle limits together must carry at least the gvw</translation>
    </message>
    <message>
        <source>must be below the mass in running order</source>
        <translation>must be below the mass in running order</translation>
    </message>
    <message>
        <source>must be longer than the wheelbase</source>
        <translation>must be longer than the wheelbase</translation>
    </message>
    <message>
        <source>'from' must be 2010 or later and 'to' must not be before it</source>
        <translation>'from' must be 2010 or later and 'to' must not be before it</translation>
    </message>
    <message>
        <source>at least one engine id is required</source>
        <translation>at least one engine id is required</translation>
    </message>
    <message>
        <source>must be N1 or N2</source>
        <translation>must be N1 or N2</translation>
    </message>
    <message>
        <source>N1 allows a gvw of at most 3500 kg; use N2</source>
        <translation>N1 allows a gvw of at most 3500 kg; use N2</translation>
    </message>
    <message>
        <source>N2 needs a gvw above 3500 kg; use N1</source>
        <translation>N2 needs a gvw above 3500 kg; use N1</translation>
    </message>
    <message>
        <source>must not exceed the peak power</source>
        <translation>must not exceed the peak power</translation>
    </message>
    <message>
        <source>must be above dc_voltage_min</source>
        <translation>must be above dc_voltage_min</translation>
    </message>
    <message>
        <source>must not exceed the peak phase current</source>
        <translation>must not exceed the peak phase current</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>must lie strictly between min_voltage and max_voltage</source>
        <translation>must lie strictly between min_voltage and max_voltage</translation>
    </message>
    <message>
        <source>must be above output_voltage_min</source>
        <translation>must be above output_voltage_min</translation>
    </message>
    <message>
        <source>must be above input_voltage_min</source>
        <translation>must be above input_voltage_min</translation>
    </message>
    <message>
        <source>is not an id of the catalog</source>
        <translation>is not an id of the catalog</translation>
    </message>
    <message>
        <source>is not an engine option of this variant</source>
        <translation>is not an engine option of this variant</translation>
    </message>
    <message>
        <source>puts the pack's voltage window outside the inverter and motor DC range</source>
        <translation>puts the pack's voltage window outside the inverter and motor DC range</translation>
    </message>
    <message>
        <source>must name at least one drive cycle</source>
        <translation>must name at least one drive cycle</translation>
    </message>
    <message>
        <source>is required for the homologation check, as YYYY-MM-DD</source>
        <translation>is required for the homologation check, as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>is not a registration status</source>
        <translation>is not a registration status</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>is not a valid date</translation>
    </message>
    <message>
        <source>unexpected header</source>
        <translation>unexpected header</translation>
    </message>
    <message>
        <source>data after a blank line</source>
        <translation>data after a blank line</translation>
    </message>
    <message>
        <source>wrong number of columns</source>
        <translation>wrong number of columns</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
    <message>
        <source>time breaks the 1 s step (gap, repeat or wrong start)</source>
        <translation>time breaks the 1 s step (gap, repeat or wrong start)</translation>
    </message>
    <message>
        <source>speed out of range</source>
        <translation>speed out of range</translation>
    </message>
    <message>
        <source>grade out of range</source>
        <translation>grade out of range</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>fewer than 2 samples</source>
        <translation>fewer than 2 samples</translation>
    </message>
    <message>
        <source>cannot open the cycle file</source>
        <translation>cannot open the cycle file</translation>
    </message>
    <message>
        <source>phase is empty, overlaps or exceeds the trace</source>
        <translation>phase is empty, overlaps or exceeds the trace</translation>
    </message>
    <message>
        <source>one grade per speed sample expected</source>
        <translation>one grade per speed sample expected</translation>
    </message>
    <message>
        <source>unknown cycle id</source>
        <translation>unknown cycle id</translation>
    </message>
    <message>
        <source>must be above the mass in running order (G)</source>
        <translation>must be above the mass in running order (G)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>the converted van's centre of mass falls outside the wheelbase</source>
        <translation>the converted van's centre of mass falls outside the wheelbase</translation>
    </message>
    <message>
        <source>maximum speed is not above the base speed peak_power/peak_torque</source>
        <translation>maximum speed is not above the base speed peak_power/peak_torque</translation>
    </message>
    <message>
        <source>must exceed min_voltage</source>
        <translation>must exceed min_voltage</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>value out of range</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be greater than the parameter it bounds</source>
        <translation>must be greater than the parameter it bounds</translation>
    </message>
    <message>
        <source>Evidence %1 is recorded.</source>
        <translation>Evidence %1 is recorded.</translation>
    </message>
    <message>
        <source>Evidence %1 is not recorded yet.</source>
        <translation>Evidence %1 is not recorded yet.</translation>
    </message>
    <message>
        <source>is not a valid calendar date</source>
        <translation>is not a valid calendar date</translation>
    </message>
    <message>
        <source>is not an EU vehicle category</source>
        <translation>is not an EU vehicle category</translation>
    </message>
    <message>
        <source>has not been computed</source>
        <translation>has not been computed</translation>
    </message>
    <message>
        <source>No high-voltage bus (EL-01): this requirement does not apply.</source>
        <translation>No high-voltage bus (EL-01): this requirement does not apply.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is above %3 V, outside R100's high-voltage class.</source>
        <translation>Pack maximum %1 V DC is above %3 V, outside R100's high-voltage class.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is high voltage (&gt; %2 V, ≤ %3 V): the R100 rules EL-02 to EL-08 apply.</source>
        <translation>Pack maximum %1 V DC is high voltage (&gt; %2 V, ≤ %3 V): the R100 rules EL-02 to EL-08 apply.</translation>
    </message>
    <message>
        <source>The AC bus is high voltage (&gt; %1 V rms): the R100 rules EL-02 to EL-08 apply.</source>
        <translation>The AC bus is high voltage (&gt; %1 V rms): the R100 rules EL-02 to EL-08 apply.</translation>
    </message>
    <message>
        <source>Pack maximum %1 V DC is not above %2 V: voltage class A, the R100 high-voltage rules do not apply.</source>
        <translation>Pack maximum %1 V DC is not above %2 V: voltage class A, the R100 high-voltage rules do not apply.</translation>
    </message>
    <message>
        <source>AC bus %1 V rms is above %2 V, outside R100's high-voltage class.</source>
        <translation>AC bus %1 V rms is above %2 V, outside R100's high-voltage class.</translation>
    </message>
    <message>
        <source>Needs an isolation measurement of at least %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>Needs an isolation measurement of at least %1 Ω/V × %2 V = %3 kΩ.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ is below the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>Measured %4 kΩ is below the required %1 Ω/V × %2 V = %3 kΩ.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets %1 Ω/V × %2 V = %3 kΩ, but the test report is not recorded.</source>
        <translation>Measured %4 kΩ meets %1 Ω/V × %2 V = %3 kΩ, but the test report is not recorded.</translation>
    </message>
    <message>
        <source>Measured %4 kΩ meets the required %1 Ω/V × %2 V = %3 kΩ.</source>
        <translation>Measured %4 kΩ meets the required %1 Ω/V × %2 V = %3 kΩ.</translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically connected: EL-03 applies.</source>
        <translation>DC and AC buses are galvanically connected: EL-03 applies.</translation>
    </message>
    <message>
        <source>DC and AC buses are galvanically isolated: EL-02 applies.</source>
        <translation>DC and AC buses are galvanically isolated: EL-02 applies.</translation>
    </message>
    <message>
        <source>Needs a bonding measurement below %1 Ω at a test current of at least %2 A.</source>
        <translation>Needs a bonding measurement below %1 Ω at a test current of at least %2 A.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω is not below %1 Ω.</source>
        <translation>Bonding %3 Ω is not below %1 Ω.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω was not measured with at least %2 A (test current %4 A).</source>
        <translation>Bonding %3 Ω was not measured with at least %2 A (test current %4 A).</translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A meets &lt; %1 Ω, but the test report is not recorded.</source>
        <translation>Bonding %3 Ω at %4 A meets &lt; %1 Ω, but the test report is not recorded.</translation>
    </message>
    <message>
        <source>Bonding %3 Ω at %4 A is below %1 Ω.</source>
        <translation>Bonding %3 Ω at %4 A is below %1 Ω.</translation>
    </message>
    <message>
        <source>High-voltage class</source>
        <translation>High-voltage class</translation>
    </message>
    <message>
        <source>high voltage: &gt; 60 V and ≤ 1500 V DC, or &gt; 30 V and ≤ 1000 V AC rms</source>
        <translation>high voltage: &gt; 60 V and ≤ 1500 V DC, or &gt; 30 V and ≤ 1000 V AC rms</translation>
    </message>
    <message>
        <source>Isolation resistance, separate buses</source>
        <translation>Isolation resistance, separate buses</translation>
    </message>
    <message>
        <source>R_iso ≥ 100 Ω/V (DC bus), ≥ 500 Ω/V (AC bus) × working voltage</source>
        <translation>R_iso ≥ 100 Ω/V (DC bus), ≥ 500 Ω/V (AC bus) × working voltage</translation>
    </message>
    <message>
        <source>Isolation resistance, connected buses</source>
        <translation>Isolation resistance, connected buses</translation>
    </message>
    <message>
        <source>R_iso ≥ 500 Ω/V × working voltage (100 Ω/V with AC double protection)</source>
        <translation>R_iso ≥ 500 Ω/V × working voltage (100 Ω/V with AC double protection)</translation>
    </message>
    <message>
        <source>Protection against direct contact</source>
        <translation>Protection against direct contact</translation>
    </message>
    <message>
        <source>IPXXD inside cab and load space, IPXXB elsewhere: evidence recorded</source>
        <translation>IPXXD inside cab and load space, IPXXB elsewhere: evidence recorded</translation>
    </message>
    <message>
        <source>Protection against indirect contact (bonding)</source>
        <translation>Protection against indirect contact (bonding)</translation>
    </message>
    <message>
        <source>bonding resistance &lt; 0.1 Ω at a test current ≥ 0.2 A</source>
        <translation>bonding resistance &lt; 0.1 Ω at a test current ≥ 0.2 A</translation>
    </message>
    <message>
        <source>High-voltage marking and orange cables</source>
        <translation>High-voltage marking and orange cables</translation>
    </message>
    <message>
        <source>HV symbols and orange cable coverings: evidence recorded</source>
        <translation>HV symbols and orange cable coverings: evidence recorded</translation>
    </message>
    <message>
        <source>REESS approval or test reports</source>
        <translation>REESS approval or test reports</translation>
    </message>
    <message>
        <source>evidence recorded</source>
        <translation>evidence recorded</translation>
    </message>
    <message>
        <source>Category %1 is not a goods-vehicle category N.</source>
        <translation>Category %1 is not a goods-vehicle category N.</translation>
    </message>
    <message>
        <source>GVW %1 kg is consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation>GVW %1 kg is consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</translation>
    </message>
    <message>
        <source>GVW %1 kg is not consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</source>
        <translation>GVW %1 kg is not consistent with category %2 (N1 ≤ %3 kg &lt; N2 ≤ %4 kg &lt; N3).</translation>
    </message>
    <message>
        <source>N1 classes apply to category N1 only.</source>
        <translation>N1 classes apply to category N1 only.</translation>
    </message>
    <message>
        <source>Reference mass %1 kg: N1 class %2 after conversion (class %3 before, %4 kg).</source>
        <translation>Reference mass %1 kg: N1 class %2 after conversion (class %3 before, %4 kg).</translation>
    </message>
    <message>
        <source>The converted van has not been weighed; declared mass %1 kg.</source>
        <translation>The converted van has not been weighed; declared mass %1 kg.</translation>
    </message>
    <message>
        <source>Weighed %1 kg is within ±%3 % of the declared %2 kg.</source>
        <translation>Weighed %1 kg is within ±%3 % of the declared %2 kg.</translation>
    </message>
    <message>
        <source>Weighed %1 kg is outside ±%3 % of the declared %2 kg.</source>
        <translation>Weighed %1 kg is outside ±%3 % of the declared %2 kg.</translation>
    </message>
    <message>
        <source>Part A mass distribution applies to M1 and N1; category %1.</source>
        <translation>Part A mass distribution applies to M1 and N1; category %1.</translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, at least the GVW %2 kg.</source>
        <translation>Permissible axle masses add up to %1 kg, at least the GVW %2 kg.</translation>
    </message>
    <message>
        <source>Permissible axle masses add up to %1 kg, less than the GVW %2 kg.</source>
        <translation>Permissible axle masses add up to %1 kg, less than the GVW %2 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg covers the mass in running order plus %2 passengers (%3 kg).</source>
        <translation>GVW %1 kg covers the mass in running order plus %2 passengers (%3 kg).</translation>
    </message>
    <message>
        <source>GVW %1 kg does not cover the mass in running order plus %2 passengers (%3 kg).</source>
        <translation>GVW %1 kg does not cover the mass in running order plus %2 passengers (%3 kg).</translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, at least %3 %.</source>
        <translation>At GVW the front axle carries %1 kg, %2 % of the GVW, at least %3 %.</translation>
    </message>
    <message>
        <source>At GVW the front axle carries %1 kg, %2 % of the GVW, below %3 %.</source>
        <translation>At GVW the front axle carries %1 kg, %2 % of the GVW, below %3 %.</translation>
    </message>
    <message>
        <source>%1 %2 m is within the maximum %3 m.</source>
        <translation>%1 %2 m is within the maximum %3 m.</translation>
    </message>
    <message>
        <source>%1 %2 m is above the maximum %3 m.</source>
        <translation>%1 %2 m is above the maximum %3 m.</translation>
    </message>
    <message>
        <source>Tyre load indices are not recorded.</source>
        <translation>Tyre load indices are not recorded.</translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, at least the permissible axle mass %3 kg.</source>
        <translation>%1 tyres carry %2 kg together, at least the permissible axle mass %3 kg.</translation>
    </message>
    <message>
        <source>%1 tyres carry %2 kg together, less than the permissible axle mass %3 kg.</source>
        <translation>%1 tyres carry %2 kg together, less than the permissible axle mass %3 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg: drivable with licence B (≤ %2 kg).</source>
        <translation>GVW %1 kg: drivable with licence B (≤ %2 kg).</translation>
    </message>
    <message>
        <source>GVW %1 kg is above %2 kg: licence C1 needed unless a national derogation applies (EU-11).</source>
        <translation>GVW %1 kg is above %2 kg: licence C1 needed unless a national derogation applies (EU-11).</translation>
    </message>
    <message>
        <source>GVW %1 kg is within licence B (%2 kg): no derogation needed.</source>
        <translation>GVW %1 kg is within licence B (%2 kg): no derogation needed.</translation>
    </message>
    <message>
        <source>GVW %1 kg is above the derogation's %3 kg.</source>
        <translation>GVW %1 kg is above the derogation's %3 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation for alternatively fuelled vans: licence B under conditions.</source>
        <translation>GVW %1 kg is within the %2–%3 kg derogation for alternatively fuelled vans: licence B under conditions.</translation>
    </message>
    <message>
        <source>GVW %1 kg is within the %2–%3 kg derogation, but its transposition is not confirmed.</source>
        <translation>GVW %1 kg is within the %2–%3 kg derogation, but its transposition is not confirmed.</translation>
    </message>
    <message>
        <source>Category consistent with GVW</source>
        <translation>Category consistent with GVW</translation>
    </message>
    <message>
        <source>N1 ≤ 3500 kg &lt; N2 ≤ 12000 kg &lt; N3 (parameters)</source>
        <translation>N1 ≤ 3500 kg &lt; N2 ≤ 12000 kg &lt; N3 (parameters)</translation>
    </message>
    <message>
        <source>N1 class by reference mass</source>
        <translation>N1 class by reference mass</translation>
    </message>
    <message>
        <source>class I: RW ≤ 1305 kg; II: ≤ 1760 kg; III above</source>
        <translation>class I: RW ≤ 1305 kg; II: ≤ 1760 kg; III above</translation>
    </message>
    <message>
        <source>Weighed mass within tolerance</source>
        <translation>Weighed mass within tolerance</translation>
    </message>
    <message>
        <source>(1 − tol) × declared ≤ weighed ≤ (1 + tol) × declared</source>
        <translation>(1 − tol) × declared ≤ weighed ≤ (1 + tol) × declared</translation>
    </message>
    <message>
        <source>Mass distribution (M1, N1)</source>
        <translation>Mass distribution (M1, N1)</translation>
    </message>
    <message>
        <source>Σ axle masses ≥ GVW; GVW ≥ m_ro + passengers; front axle ≥ 30 % of GVW at GVW</source>
        <translation>Σ axle masses ≥ GVW; GVW ≥ m_ro + passengers; front axle ≥ 30 % of GVW at GVW</translation>
    </message>
    <message>
        <source>Maximum dimensions</source>
        <translation>Maximum dimensions</translation>
    </message>
    <message>
        <source>length ≤ 12 m, width ≤ 2.55 m, height ≤ 4 m</source>
        <translation>length ≤ 12 m, width ≤ 2.55 m, height ≤ 4 m</translation>
    </message>
    <message>
        <source>Tyre load capacity</source>
        <translation>Tyre load capacity</translation>
    </message>
    <message>
        <source>tyres' load capacity on an axle ≥ permissible axle mass</source>
        <translation>tyres' load capacity on an axle ≥ permissible axle mass</translation>
    </message>
    <message>
        <source>Driving licence B</source>
        <translation>Driving licence B</translation>
    </message>
    <message>
        <source>GVW ≤ 3500 kg (3500 included)</source>
        <translation>GVW ≤ 3500 kg (3500 included)</translation>
    </message>
    <message>
        <source>Licence B derogation for alternatively fuelled vans</source>
        <translation>Licence B derogation for alternatively fuelled vans</translation>
    </message>
    <message>
        <source>3500 kg &lt; GVW ≤ 4250 kg, where transposed</source>
        <translation>3500 kg &lt; GVW ≤ 4250 kg, where transposed</translation>
    </message>
    <message>
        <source>Category %1 (M or N) is eligible for conversion.</source>
        <translation>Category %1 (M or N) is eligible for conversion.</translation>
    </message>
    <message>
        <source>Category %1 (L) is eligible; its minimum age is the L one.</source>
        <translation>Category %1 (L) is eligible; its minimum age is the L one.</translation>
    </message>
    <message>
        <source>Category %1 is not M, N or L: the retrofit decree does not cover it.</source>
        <translation>Category %1 is not M, N or L: the retrofit decree does not cover it.</translation>
    </message>
    <message>
        <source>The vehicle is registered in France in a definitive series.</source>
        <translation>The vehicle is registered in France in a definitive series.</translation>
    </message>
    <message>
        <source>Registration status %1 is not a French definitive registration.</source>
        <translation>Registration status %1 is not a French definitive registration.</translation>
    </message>
    <message>
        <source>No minimum age for a category outside M, N and L (see FR-01).</source>
        <translation>No minimum age for a category outside M, N and L (see FR-01).</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached on %3, on or before the conversion date %4.</source>
        <translation>First registered %1: %2 years are reached on %3, on or before the conversion date %4.</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4; waived by the manufacturer's technical agreement (FR-04).</source>
        <translation>First registered %1: %2 years are reached only on %3, after the conversion date %4; waived by the manufacturer's technical agreement (FR-04).</translation>
    </message>
    <message>
        <source>First registered %1: %2 years are reached only on %3, after the conversion date %4.</source>
        <translation>First registered %1: %2 years are reached only on %3, after the conversion date %4.</translation>
    </message>
    <message>
        <source>The vehicle manufacturer's technical agreement is recorded: the age limit does not apply.</source>
        <translation>The vehicle manufacturer's technical agreement is recorded: the age limit does not apply.</translation>
    </message>
    <message>
        <source>No waiver needed: the vehicle meets the age limit.</source>
        <translation>No waiver needed: the vehicle meets the age limit.</translation>
    </message>
    <message>
        <source>The vehicle is too young; only the manufacturer's technical agreement would allow the conversion.</source>
        <translation>The vehicle is too young; only the manufacturer's technical agreement would allow the conversion.</translation>
    </message>
    <message>
        <source>Original energy %1 includes a spark- or compression-ignition engine.</source>
        <translation>Original energy %1 includes a spark- or compression-ignition engine.</translation>
    </message>
    <message>
        <source>Energy %1 does not say whether the vehicle has a combustion engine or a fuel cell.</source>
        <translation>Energy %1 does not say whether the vehicle has a combustion engine or a fuel cell.</translation>
    </message>
    <message>
        <source>Original energy %1 has no combustion engine: not a thermal-to-electric conversion.</source>
        <translation>Original energy %1 has no combustion engine: not a thermal-to-electric conversion.</translation>
    </message>
    <message>
        <source>The vehicle is registered as a collector vehicle, which the decree excludes.</source>
        <translation>The vehicle is registered as a collector vehicle, which the decree excludes.</translation>
    </message>
    <message>
        <source>The vehicle is not registered as a collector vehicle.</source>
        <translation>The vehicle is not registered as a collector vehicle.</translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %.</source>
        <translation>Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %.</translation>
    </message>
    <message>
        <source>Electric %1 power %2 kW is %3 % of the original %4 kW, outside %5–%6 %.</source>
        <translation>Electric %1 power %2 kW is %3 % of the original %4 kW, outside %5–%6 %.</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, above +%4 %.</source>
        <translation>Mass in running order %1 kg is %2 % from the original %3 kg, above +%4 %.</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, below −%4 % (the lower bound is not confirmed).</source>
        <translation>Mass in running order %1 kg is %2 % from the original %3 kg, below −%4 % (the lower bound is not confirmed).</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg is %2 % from the original %3 kg, within ±%4 %.</source>
        <translation>Mass in running order %1 kg is %2 % from the original %3 kg, within ±%4 %.</translation>
    </message>
    <message>
        <source>GVW %1 kg is unchanged from F.1 %2 kg.</source>
        <translation>GVW %1 kg is unchanged from F.1 %2 kg.</translation>
    </message>
    <message>
        <source>GVW %1 kg differs from F.1 %2 kg: the decree forbids changing it.</source>
        <translation>GVW %1 kg differs from F.1 %2 kg: the decree forbids changing it.</translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: unchanged.</source>
        <translation>%1 %2 m after conversion, %3 m before: unchanged.</translation>
    </message>
    <message>
        <source>%1 %2 m after conversion, %3 m before: the decree requires it unchanged.</source>
        <translation>%1 %2 m after conversion, %3 m before: the decree requires it unchanged.</translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, within its permissible %4 kg.</source>
        <translation>The %1 axle carries %3 kg in case %2, within its permissible %4 kg.</translation>
    </message>
    <message>
        <source>The %1 axle carries %3 kg in case %2, above its permissible %4 kg.</source>
        <translation>The %1 axle carries %3 kg in case %2, above its permissible %4 kg.</translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), within ±%4 points.</source>
        <translation>Unladen front-axle share goes from %1 % to %2 % (%3 points), within ±%4 points.</translation>
    </message>
    <message>
        <source>Unladen front-axle share goes from %1 % to %2 % (%3 points), beyond ±%4 points.</source>
        <translation>Unladen front-axle share goes from %1 % to %2 % (%3 points), beyond ±%4 points.</translation>
    </message>
    <message>
        <source>Category %1 is unchanged.</source>
        <translation>Category %1 is unchanged.</translation>
    </message>
    <message>
        <source>Category changes from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation>Category changes from %2 to %1: outside the retrofit approval, another reception is needed.</translation>
    </message>
    <message>
        <source>Seat counts (S.1) before and after are not both given.</source>
        <translation>Seat counts (S.1) before and after are not both given.</translation>
    </message>
    <message>
        <source>Seats %1 unchanged.</source>
        <translation>Seats %1 unchanged.</translation>
    </message>
    <message>
        <source>Seats change from %2 to %1: outside the retrofit approval, another reception is needed.</source>
        <translation>Seats change from %2 to %1: outside the retrofit approval, another reception is needed.</translation>
    </message>
    <message>
        <source>The installer's habilitation and its validity date are not recorded.</source>
        <translation>The installer's habilitation and its validity date are not recorded.</translation>
    </message>
    <message>
        <source>The installer's habilitation is valid until %1, covering the conversion on %2.</source>
        <translation>The installer's habilitation is valid until %1, covering the conversion on %2.</translation>
    </message>
    <message>
        <source>The installer's habilitation expired on %1, before the conversion on %2.</source>
        <translation>The installer's habilitation expired on %1, before the conversion on %2.</translation>
    </message>
    <message>
        <source>VASP tow vehicle: a new authorisation to operate it as a tow vehicle must be issued.</source>
        <translation>VASP tow vehicle: a new authorisation to operate it as a tow vehicle must be issued.</translation>
    </message>
    <message>
        <source>Not a VASP tow vehicle.</source>
        <translation>Not a VASP tow vehicle.</translation>
    </message>
    <message>
        <source>Eligible vehicle category</source>
        <translation>Eligible vehicle category</translation>
    </message>
    <message>
        <source>J is M, N or L</source>
        <translation>J is M, N or L</translation>
    </message>
    <message>
        <source>Definitive French registration</source>
        <translation>Definitive French registration</translation>
    </message>
    <message>
        <source>registered in France in a definitive series</source>
        <translation>registered in France in a definitive series</translation>
    </message>
    <message>
        <source>Minimum vehicle age</source>
        <translation>Minimum vehicle age</translation>
    </message>
    <message>
        <source>conversion date ≥ B + N years (anniversary included)</source>
        <translation>conversion date ≥ B + N years (anniversary included)</translation>
    </message>
    <message>
        <source>Age waiver by manufacturer agreement</source>
        <translation>Age waiver by manufacturer agreement</translation>
    </message>
    <message>
        <source>manufacturer's technical agreement recorded</source>
        <translation>manufacturer's technical agreement recorded</translation>
    </message>
    <message>
        <source>Original powertrain is thermal</source>
        <translation>Original powertrain is thermal</translation>
    </message>
    <message>
        <source>P.3 includes a spark- or compression-ignition engine</source>
        <translation>P.3 includes a spark- or compression-ignition engine</translation>
    </message>
    <message>
        <source>Collector vehicles excluded</source>
        <translation>Collector vehicles excluded</translation>
    </message>
    <message>
        <source>not registered as véhicule de collection</source>
        <translation>not registered as véhicule de collection</translation>
    </message>
    <message>
        <source>Electric power window</source>
        <translation>Electric power window</translation>
    </message>
    <message>
        <source>lower × P.2 ≤ P_electric ≤ upper × P.2 (both ends included)</source>
        <translation>lower × P.2 ≤ P_electric ≤ upper × P.2 (both ends included)</translation>
    </message>
    <message>
        <source>Change of mass in running order</source>
        <translation>Change of mass in running order</translation>
    </message>
    <message>
        <source>|m_ro,after − m_ro,before| ≤ tolerance × m_ro,before (ends included)</source>
        <translation>|m_ro,after − m_ro,before| ≤ tolerance × m_ro,before (ends included)</translation>
    </message>
    <message>
        <source>GVW unchanged</source>
        <translation>GVW unchanged</translation>
    </message>
    <message>
        <source>F.1 after = F.1 before</source>
        <translation>F.1 after = F.1 before</translation>
    </message>
    <message>
        <source>Dimensions unchanged</source>
        <translation>Dimensions unchanged</translation>
    </message>
    <message>
        <source>|after − before| ≤ tolerance (0 m: unchanged)</source>
        <translation>|after − before| ≤ tolerance (0 m: unchanged)</translation>
    </message>
    <message>
        <source>Axle loads and mass distribution</source>
        <translation>Axle loads and mass distribution</translation>
    </message>
    <message>
        <source>axle load ≤ permissible axle mass (reaching it passes); split change ≤ threshold</source>
        <translation>axle load ≤ permissible axle mass (reaching it passes); split change ≤ threshold</translation>
    </message>
    <message>
        <source>Category and seats unchanged</source>
        <translation>Category and seats unchanged</translation>
    </message>
    <message>
        <source>J and S.1 after = before</source>
        <translation>J and S.1 after = before</translation>
    </message>
    <message>
        <source>No OBD malfunction lamp after conversion</source>
        <translation>No OBD malfunction lamp after conversion</translation>
    </message>
    <message>
        <source>Anti-tampering provisions</source>
        <translation>Anti-tampering provisions</translation>
    </message>
    <message>
        <source>Prototype approval (agrément) of the conversion type</source>
        <translation>Prototype approval (agrément) of the conversion type</translation>
    </message>
    <message>
        <source>Test reports</source>
        <translation>Test reports</translation>
    </message>
    <message>
        <source>Installer habilitation valid</source>
        <translation>Installer habilitation valid</translation>
    </message>
    <message>
        <source>habilitation valid until ≥ conversion date (that day included)</source>
        <translation>habilitation valid until ≥ conversion date (that day included)</translation>
    </message>
    <message>
        <source>VASP tow vehicle authorisation</source>
        <translation>VASP tow vehicle authorisation</translation>
    </message>
    <message>
        <source>J.1 VASP with DEPANNAGE body → new authorisation</source>
        <translation>J.1 VASP with DEPANNAGE body → new authorisation</translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class 3; 3a or 3b depends on the top speed, which is not given.</source>
        <translation>PMR %1 W/kg: WLTC class 3; 3a or 3b depends on the top speed, which is not given.</translation>
    </message>
    <message>
        <source>PMR %1 W/kg: WLTC class %2 (%3); the diesel van was class %4.</source>
        <translation>PMR %1 W/kg: WLTC class %2 (%3); the diesel van was class %4.</translation>
    </message>
    <message>
        <source>WLTC class by power-to-mass ratio</source>
        <translation>WLTC class by power-to-mass ratio</translation>
    </message>
    <message>
        <source>PMR = P / (m_ro − 75 kg); class 1 ≤ 22 W/kg &lt; class 2 ≤ 34 W/kg &lt; class 3</source>
        <translation>PMR = P / (m_ro − 75 kg); class 1 ≤ 22 W/kg &lt; class 2 ≤ 34 W/kg &lt; class 3</translation>
    </message>
    <message>
        <source>not enough modules for series × parallel</source>
        <translation>not enough modules for series × parallel</translation>
    </message>
    <message>
        <source>too many phases</source>
        <translation>too many phases</translation>
    </message>
    <message>
        <source>a VIN has exactly 17 characters</source>
        <translation>a VIN has exactly 17 characters</translation>
    </message>
    <message>
        <source>a VIN never contains the letters I, O or Q</source>
        <translation>a VIN never contains the letters I, O or Q</translation>
    </message>
    <message>
        <source>a VIN has only capital letters and digits</source>
        <translation>a VIN has only capital letters and digits</translation>
    </message>
    <message>
        <source>the manufacturer code (first 3 characters) is not Renault's</source>
        <translation>the manufacturer code (first 3 characters) is not Renault's</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>is in the future</translation>
    </message>
    <message>
        <source>is before the date of first registration (B)</source>
        <translation>is before the date of first registration (B)</translation>
    </message>
    <message>
        <source>is not an energy code of the registration certificate</source>
        <translation>is not an energy code of the registration certificate</translation>
    </message>
    <message>
        <source>is neither a bundled cycle nor a .csv file</source>
        <translation>is neither a bundled cycle nor a .csv file</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>WLTP applies to M1 and N1 vehicles only</source>
        <translation>WLTP applies to M1 and N1 vehicles only</translation>
    </message>
    <message>
        <source>leaves no vehicle load above the mass in running order, 25 kg and the optional equipment</source>
        <translation>leaves no vehicle load above the mass in running order, 25 kg and the optional equipment</translation>
    </message>
    <message>
        <source>is too short for the WLTC class's downscaling window</source>
        <translation>is too short for the WLTC class's downscaling window</translation>
    </message>
    <message>
        <source>was not reached: the battery does not run down on this cycle</source>
        <translation>was not reached: the battery does not run down on this cycle</translation>
    </message>
    <message>
        <source>is too small for one complete WLTC before break-off</source>
        <translation>is too small for one complete WLTC before break-off</translation>
    </message>
    <message>
        <source>is an empty selection</source>
        <translation>is an empty selection</translation>
    </message>
    <message>
        <source>is not in the catalog</source>
        <translation>is not in the catalog</translation>
    </message>
    <message>
        <source>is not a cycle of the design's operation</source>
        <translation>is not a cycle of the design's operation</translation>
    </message>
    <message>
        <source>are all zero</source>
        <translation>are all zero</translation>
    </message>
    <message>
        <source>gives a pack that cannot deliver the WLTC's power: the test breaks off in the first cycle</source>
        <translation>gives a pack that cannot deliver the WLTC's power: the test breaks off in the first cycle</translation>
    </message>
</context>
<context>
    <name>ModuleCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>line %1: the header must name the columns serial, capacity_ah and resistance_mohm</source>
        <translation>line %1: the header must name the columns serial, capacity_ah and resistance_mohm</translation>
    </message>
    <message>
        <source>line %1: %2 columns, the header has %3</source>
        <translation>line %1: %2 columns, the header has %3</translation>
    </message>
    <message>
        <source>line %1, serial: is empty</source>
        <translation>line %1, serial: is empty</translation>
    </message>
    <message>
        <source>line %1, serial: %2 appears twice</source>
        <translation>line %1, serial: %2 appears twice</translation>
    </message>
    <message>
        <source>line %1, %2: '%3' is not a number in %4 … %5 %6</source>
        <translation>line %1, %2: '%3' is not a number in %4 … %5 %6</translation>
    </message>
    <message>
        <source>the file lists no module</source>
        <translation>the file lists no module</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation>the build sheet has no revision</translation>
    </message>
    <message>
        <source>unknown document language '%1' (en or fr)</source>
        <translation>unknown document language '%1' (en or fr)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>cannot start the PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>cannot finish the PDF</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>RuleSetReader</name>
    <message>
        <source>accepted: %1</source>
        <translation>accepted: %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>must be a text string</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>'%1' is not a confidence level</source>
        <translation>'%1' is not a confidence level</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>'%1' is not the unit of this parameter</source>
        <translation>'%1' is not the unit of this parameter</translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation>is not a power basis</translation>
    </message>
    <message>
        <source>'ruleset_version' is missing</source>
        <translation>'ruleset_version' is missing</translation>
    </message>
    <message>
        <source>'parameters' must be an object keyed by parameter name</source>
        <translation>'parameters' must be an object keyed by parameter name</translation>
    </message>
    <message>
        <source>must be an object {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</source>
        <translation>must be an object {value, unit, rule, legal_reference, confidence, pending_confirmation, note}</translation>
    </message>
    <message>
        <source>is not a parameter of this format</source>
        <translation>is not a parameter of this format</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>RuleUnits</name>
    <message>
        <source>d</source>
        <extracomment>Unit symbol of a number of days (a vehicle's age, a habilitation's validity).</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>pp</source>
        <extracomment>Unit of a difference between two percentages: percentage points.</extracomment>
        <translation>pp</translation>
    </message>
</context>
<context>
    <name>SheetCommand</name>
    <message>
        <source>sheet needs a subcommand:
%1</source>
        <translation>sheet needs a subcommand:
%1</translation>
    </message>
    <message>
        <source>unknown sheet subcommand '%1':
%2</source>
        <translation>unknown sheet subcommand '%1':
%2</translation>
    </message>
    <message>
        <source>sheet new needs one design file (see: remaster-cli example-design)</source>
        <translation>sheet new needs one design file (see: remaster-cli example-design)</translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation>%1 cannot be evaluated:</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>unexpected argument '%1'</translation>
    </message>
    <message>
        <source>--status '%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>--status '%1' is not a status (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>%1 '%2' is not a date (YYYY-MM-DD)</source>
        <translation>%1 '%2' is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>r%1</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation><numerusform>%n sheet</numerusform><numerusform>%n sheets</numerusform></translation>
    </message>
    <message>
        <source>sheet show needs one sheet number</source>
        <translation>sheet show needs one sheet number</translation>
    </message>
    <message>
        <source>--revision must be between 1 and %1 for sheet %2</source>
        <translation>--revision must be between 1 and %1 for sheet %2</translation>
    </message>
    <message>
        <source>Build sheet %1 — %2, revision %3 of %4</source>
        <translation>Build sheet %1 — %2, revision %3 of %4</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>VIN: %1   Registration: %2   First registration: %3</source>
        <translation>VIN: %1   Registration: %2   First registration: %3</translation>
    </message>
    <message>
        <source>Variant: %1</source>
        <translation>Variant: %1</translation>
    </message>
    <message>
        <source>Catalogs: vehicles %1, components %2; rule set: %3</source>
        <translation>Catalogs: vehicles %1, components %2; rule set: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Rules: not evaluated in this snapshot</source>
        <translation>Rules: not evaluated in this snapshot</translation>
    </message>
    <message>
        <source>Rules: %1 results, failing: %2</source>
        <translation>Rules: %1 results, failing: %2</translation>
    </message>
    <message>
        <source>Bill of materials:</source>
        <translation>Bill of materials:</translation>
    </message>
    <message>
        <source>× %1, %2 kg at %3 mm</source>
        <translation>× %1, %2 kg at %3 mm</translation>
    </message>
    <message>
        <source>serials: %1</source>
        <translation>serials: %1</translation>
    </message>
    <message>
        <source>Work steps (HV = high-voltage safety):</source>
        <translation>Work steps (HV = high-voltage safety):</translation>
    </message>
    <message>
        <source>required: %1</source>
        <translation>required: %1</translation>
    </message>
    <message>
        <source>measured: %1</source>
        <translation>measured: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Sign-offs:</source>
        <translation>Sign-offs:</translation>
    </message>
    <message>
        <source>%1 → %2 by %3 (%4), %5</source>
        <translation>%1 → %2 by %3 (%4), %5</translation>
    </message>
    <message>
        <source>SHA-256: %1 (previous %2)</source>
        <translation>SHA-256: %1 (previous %2)</translation>
    </message>
    <message>
        <source>sheet %1 needs one sheet number</source>
        <translation>sheet %1 needs one sheet number</translation>
    </message>
    <message>
        <source>sheet %1 needs the signer's name: --name NAME</source>
        <translation>sheet %1 needs the signer's name: --name NAME</translation>
    </message>
    <message>
        <source>--role '%1' is not a role (engineer, workshop-lead, homologation)</source>
        <translation>--role '%1' is not a role (engineer, workshop-lead, homologation)</translation>
    </message>
    <message>
        <source>Sheet %1 is now %2 (revision %3), signed by %4 as %5.</source>
        <translation>Sheet %1 is now %2 (revision %3), signed by %4 as %5.</translation>
    </message>
    <message>
        <source>sheet export needs --out FILE</source>
        <translation>sheet export needs --out FILE</translation>
    </message>
    <message>
        <source>sheet export needs at least one sheet number</source>
        <translation>sheet export needs at least one sheet number</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sheet(s) to %1</source>
        <translation><numerusform>Exported %n sheet to %1</numerusform><numerusform>Exported %n sheets to %1</numerusform></translation>
    </message>
    <message>
        <source>sheet import needs one file</source>
        <translation>sheet import needs one file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Imported %1 sheet(s); %2 already present unchanged.</source>
        <translation>Imported %1 sheet(s); %2 already present unchanged.</translation>
    </message>
    <message>
        <source>sheet export-csv needs --out FILE</source>
        <translation>sheet export-csv needs --out FILE</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>%1 revision %2: %3</source>
        <translation>%1 revision %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: every hash and chain link is intact.</source>
        <translation>%1 sheet(s) checked: every hash and chain link is intact.</translation>
    </message>
    <message>
        <source>%1 sheet(s) checked: %2 problem(s) found — the database was altered outside ReMaster.</source>
        <translation>%1 sheet(s) checked: %2 problem(s) found — the database was altered outside ReMaster.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
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
        <translation>  sheet new DESIGN.json [--customer NAME] [--notes TEXT]   a new draft build sheet; prints its number
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
</translation>
    </message>
    <message>
        <source>--if-hash needs a revision hash: 64 lower-case hexadecimal digits</source>
        <translation>--if-hash needs a revision hash: 64 lower-case hexadecimal digits</translation>
    </message>
</context>
<context>
    <name>SheetDocument</name>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation>cannot read the template %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 already exists</translation>
    </message>
    <message>
        <source>cannot copy the template to %1</source>
        <translation>cannot copy the template to %1</translation>
    </message>
</context>
<context>
    <name>SheetFactory</name>
    <message>
        <source>the bundled rule set cannot be read</source>
        <translation>the bundled rule set cannot be read</translation>
    </message>
    <message>
        <source>rules not evaluated: %1</source>
        <translation>rules not evaluated: %1</translation>
    </message>
</context>
<context>
    <name>SheetJson</name>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>'%1' is not a status (draft, in-review, approved, built, archived)</source>
        <translation>'%1' is not a status (draft, in-review, approved, built, archived)</translation>
    </message>
    <message>
        <source>does not match the sheet's number %1</source>
        <translation>does not match the sheet's number %1</translation>
    </message>
    <message>
        <source>'%1' is not a role (engineer, workshop-lead, homologation)</source>
        <translation>'%1' is not a role (engineer, workshop-lead, homologation)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>the file is truncated (it ends at byte %1 in the middle of the JSON: %2)</source>
        <translation>the file is truncated (it ends at byte %1 in the middle of the JSON: %2)</translation>
    </message>
    <message>
        <source>the file is not valid JSON (at byte %1: %2)</source>
        <translation>the file is not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>must be "remaster-sheets"</source>
        <translation>must be "remaster-sheets"</translation>
    </message>
    <message>
        <source>%1 is not supported (this version reads %2)</source>
        <translation>%1 is not supported (this version reads %2)</translation>
    </message>
    <message>
        <source>'%1' is not a sheet number (YYYY-NNNN)</source>
        <translation>'%1' is not a sheet number (YYYY-NNNN)</translation>
    </message>
    <message>
        <source>sheet %1 appears twice in the file</source>
        <translation>sheet %1 appears twice in the file</translation>
    </message>
    <message>
        <source>must hold at least one revision</source>
        <translation>must hold at least one revision</translation>
    </message>
    <message>
        <source>must be %1 (revisions are numbered from 1 without gaps)</source>
        <translation>must be %1 (revisions are numbered from 1 without gaps)</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <source>does not match the hash of the revision before it (chain broken)</source>
        <translation>does not match the hash of the revision before it (chain broken)</translation>
    </message>
    <message>
        <source>does not match the revision's content (the file was altered)</source>
        <translation>does not match the revision's content (the file was altered)</translation>
    </message>
    <message>
        <source>%1 cannot follow %2 in the workflow</source>
        <translation>%1 cannot follow %2 in the workflow</translation>
    </message>
    <message>
        <source>approved although rule(s) %1 fail</source>
        <translation>approved although rule(s) %1 fail</translation>
    </message>
    <message>
        <source>the key %1 appears twice (each key once per object)</source>
        <translation>the key %1 appears twice (each key once per object)</translation>
    </message>
</context>
<context>
    <name>SheetPrinter</name>
    <message>
        <source>the build sheet has no revision</source>
        <translation>the build sheet has no revision</translation>
    </message>
    <message>
        <source>unknown document language '%1' (en or fr)</source>
        <translation>unknown document language '%1' (en or fr)</translation>
    </message>
    <message>
        <source>cannot start printing</source>
        <translation>cannot start printing</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>printing failed</translation>
    </message>
</context>
<context>
    <name>SheetStore</name>
    <message>
        <source>the database is open read-only; the sheet was not saved</source>
        <translation>the database is open read-only; the sheet was not saved</translation>
    </message>
    <message>
        <source>cannot start saving the sheet: %1</source>
        <translation>cannot start saving the sheet: %1</translation>
    </message>
    <message>
        <source>cannot number the sheet: %1</source>
        <translation>cannot number the sheet: %1</translation>
    </message>
    <message>
        <source>cannot save the sheet: %1</source>
        <translation>cannot save the sheet: %1</translation>
    </message>
    <message>
        <source>no build sheet %1</source>
        <translation>no build sheet %1</translation>
    </message>
    <message>
        <source>cannot read sheet %1: %2</source>
        <translation>cannot read sheet %1: %2</translation>
    </message>
    <message>
        <source>cannot save sheet %1: %2</source>
        <translation>cannot save sheet %1: %2</translation>
    </message>
    <message>
        <source>sheet %1 is %2 and cannot be changed (a sheet in review is sent back to draft first; an archived sheet never changes)</source>
        <translation>sheet %1 is %2 and cannot be changed (a sheet in review is sent back to draft first; an archived sheet never changes)</translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was changed</source>
        <translation>the database is open read-only; nothing was changed</translation>
    </message>
    <message>
        <source>a sign-off needs the signer's name (--name)</source>
        <translation>a sign-off needs the signer's name (--name)</translation>
    </message>
    <message>
        <source>cannot start the change: %1</source>
        <translation>cannot start the change: %1</translation>
    </message>
    <message>
        <source>sheet %1 is %2; it cannot become %3 (allowed: %4)</source>
        <translation>sheet %1 is %2; it cannot become %3 (allowed: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: rule(s) %2 fail</source>
        <translation>sheet %1 cannot be approved: rule(s) %2 fail</translation>
    </message>
    <message>
        <source>cannot change sheet %1: %2</source>
        <translation>cannot change sheet %1: %2</translation>
    </message>
    <message>
        <source>sheet %1 has no revision</source>
        <translation>sheet %1 has no revision</translation>
    </message>
    <message>
        <source>cannot list the sheets: %1</source>
        <translation>cannot list the sheets: %1</translation>
    </message>
    <message>
        <source>cannot count the sheets: %1</source>
        <translation>cannot count the sheets: %1</translation>
    </message>
    <message>
        <source>cannot read the sheets: %1</source>
        <translation>cannot read the sheets: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>has no revision</source>
        <translation>has no revision</translation>
    </message>
    <message>
        <source>revision numbers are not consecutive (expected %1)</source>
        <translation>revision numbers are not consecutive (expected %1)</translation>
    </message>
    <message>
        <source>chain broken: the previous hash does not match revision %1</source>
        <translation>chain broken: the previous hash does not match revision %1</translation>
    </message>
    <message>
        <source>content does not match its hash (stored %1…, computed %2…)</source>
        <translation>content does not match its hash (stored %1…, computed %2…)</translation>
    </message>
    <message>
        <source>sealed flag does not match status %1</source>
        <translation>sealed flag does not match status %1</translation>
    </message>
    <message>
        <source>the sheet list does not match its latest revision %1</source>
        <translation>the sheet list does not match its latest revision %1</translation>
    </message>
    <message>
        <source>the database is open read-only; nothing was imported</source>
        <translation>the database is open read-only; nothing was imported</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>cannot start the import: %1</translation>
    </message>
    <message>
        <source>sheet %1 already exists in this database with different content; nothing was imported</source>
        <translation>sheet %1 already exists in this database with different content; nothing was imported</translation>
    </message>
    <message>
        <source>sheet %1 cannot be stored: %2; nothing was imported</source>
        <translation>sheet %1 cannot be stored: %2; nothing was imported</translation>
    </message>
    <message>
        <source>sheet %1 revision %2 cannot be stored: %3; nothing was imported</source>
        <translation>sheet %1 revision %2 cannot be stored: %3; nothing was imported</translation>
    </message>
    <message>
        <source>cannot finish the import: %1; nothing was imported</source>
        <translation>cannot finish the import: %1; nothing was imported</translation>
    </message>
    <message>
        <source>sheet %1 cannot be approved: its homologation rules were not evaluated (complete the registration data of the design and save a new revision)</source>
        <translation>sheet %1 cannot be approved: its homologation rules were not evaluated (complete the registration data of the design and save a new revision)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>sheet %1 was changed since you opened it: %2 saved revision %3 (%4) at %5. Nothing was saved; reload it to see their changes, or save yours again on top.</source>
        <translation>sheet %1 was changed since you opened it: %2 saved revision %3 (%4) at %5. Nothing was saved; reload it to see their changes, or save yours again on top.</translation>
    </message>
</context>
<context>
    <name>SheetText</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>team roles exist only on a PostgreSQL server; %1 is a file</source>
        <translation>team roles exist only on a PostgreSQL server; %1 is a file</translation>
    </message>
    <message>
        <source>the database is open read-only</source>
        <translation>the database is open read-only</translation>
    </message>
    <message>
        <source>cannot create role %1: %2 (db init needs a user with CREATEROLE)</source>
        <translation>cannot create role %1: %2 (db init needs a user with CREATEROLE)</translation>
    </message>
    <message>
        <source>cannot grant the team rights: %1</source>
        <translation>cannot grant the team rights: %1</translation>
    </message>
</context>
<context>
    <name>WorkSteps</name>
    <message>
        <source>cannot read the work steps %1: %2</source>
        <translation>cannot read the work steps %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a work-step file (format "remaster-worksteps")</source>
        <translation>%1 is not a work-step file (format "remaster-worksteps")</translation>
    </message>
    <message>
        <source>%1: steps[%2] needs id, en, fr and hv_safety</source>
        <translation>%1: steps[%2] needs id, en, fr and hv_safety</translation>
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
        <translation>The database could not be opened.

%1</translation>
    </message>
</context>
<context>
    <name>remaster::storage::SheetListModel</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>remaster::ui::AboutDialog</name>
    <message>
        <source>About ReMaster</source>
        <translation>About ReMaster</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Engineering workstation for converting diesel Renault Master vans to battery-electric.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Engineering workstation for converting diesel Renault Master vans to battery-electric.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; Every catalog figure carries its source and a confidence mark: A manufacturer document or concordant sources, B one reputable source, C weak or conflicting source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, drag coefficients and removed-part masses of the Master are largely unpublished: their representative values must be overridden from the vehicle's registration certificate or a weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis and VECTO delivery missions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; Every catalog figure carries its source and a confidence mark: A manufacturer document or concordant sources, B one reputable source, C weak or conflicting source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, drag coefficients and removed-part masses of the Master are largely unpublished: their representative values must be overridden from the vehicle's registration certificate or a weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis and VECTO delivery missions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Sources cited</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval authority and its technical service have the last word.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval authority and its technical service have the last word.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;br&gt;&lt;b&gt;Data folder&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Settings&lt;/b&gt;: %8&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;br&gt;&lt;b&gt;Data folder&lt;/b&gt;: %7&lt;br&gt;&lt;b&gt;Settings&lt;/b&gt;: %8&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>remaster::ui::BatteryPage</name>
    <message>
        <source>Battery &amp;module:</source>
        <translation>Battery &amp;module:</translation>
    </message>
    <message>
        <source>Modules in &amp;series:</source>
        <translation>Modules in &amp;series:</translation>
    </message>
    <message>
        <source>&amp;Parallel strings:</source>
        <translation>&amp;Parallel strings:</translation>
    </message>
    <message>
        <source>SOC window, mi&amp;nimum:</source>
        <translation>SOC window, mi&amp;nimum:</translation>
    </message>
    <message>
        <source>SOC window, ma&amp;ximum:</source>
        <translation>SOC window, ma&amp;ximum:</translation>
    </message>
    <message>
        <source>On-board &amp;charger:</source>
        <translation>On-board &amp;charger:</translation>
    </message>
    <message>
        <source>&amp;DC-DC converter:</source>
        <translation>&amp;DC-DC converter:</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Choose battery module</source>
        <translation>Choose battery module</translation>
    </message>
    <message>
        <source>Choose charger</source>
        <translation>Choose charger</translation>
    </message>
    <message>
        <source>Choose DC-DC converter</source>
        <translation>Choose DC-DC converter</translation>
    </message>
    <message>
        <source>Change modules in series</source>
        <translation>Change modules in series</translation>
    </message>
    <message>
        <source>Change parallel strings</source>
        <translation>Change parallel strings</translation>
    </message>
    <message>
        <source>Change SOC window</source>
        <translation>Change SOC window</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>Consumption</translation>
    </message>
    <message>
        <source>At the plug</source>
        <translation>At the plug</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Modules in series set the pack voltage: it must stay inside the inverter's and the motor's DC range from empty to full.</source>
        <translation>Modules in series set the pack voltage: it must stay inside the inverter's and the motor's DC range from empty to full.</translation>
    </message>
    <message>
        <source>Pack %1–%2 V (nominal %3 V); inverter accepts %4–%5 V: %6.</source>
        <translation>Pack %1–%2 V (nominal %3 V); inverter accepts %4–%5 V: %6.</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>OUTSIDE</translation>
    </message>
    <message>
        <source>Modules in series that fit: %1.</source>
        <translation>Modules in series that fit: %1.</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Usable energy</translation>
    </message>
    <message>
        <source>%1 kWh of %2 kWh</source>
        <translation>%1 kWh of %2 kWh</translation>
    </message>
    <message>
        <source>Peak discharge at minimum SOC</source>
        <translation>Peak discharge at minimum SOC</translation>
    </message>
    <message>
        <source>%1 kW (%2)</source>
        <translation>%1 kW (%2)</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>enough</translation>
    </message>
    <message>
        <source>NOT ENOUGH</source>
        <translation>NOT ENOUGH</translation>
    </message>
    <message>
        <source>Peak regeneration at 50 % SOC</source>
        <translation>Peak regeneration at 50 % SOC</translation>
    </message>
    <message>
        <source>AC charge 10→80 %</source>
        <translation>AC charge 10→80 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>DC charge 10→80 %</source>
        <translation>DC charge 10→80 %</translation>
    </message>
    <message>
        <source>no DC inlet</source>
        <translation>no DC inlet</translation>
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
        <translation>Consumption and range</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Second-life modules</source>
        <translation>Second-life modules</translation>
    </message>
    <message>
        <source>Import measured modules</source>
        <translation>Import measured modules</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Clear measured modules</source>
        <translation>Clear measured modules</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 was not imported:
%2</translation>
    </message>
    <message>
        <source>%1, %2: battery power and state of charge</source>
        <translation>%1, %2: battery power and state of charge</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Battery power (kW) · SOC (%)</source>
        <translation>Battery power (kW) · SOC (%)</translation>
    </message>
    <message>
        <source>Battery power (kW, + discharge)</source>
        <translation>Battery power (kW, + discharge)</translation>
    </message>
    <message>
        <source>State of charge (%)</source>
        <translation>State of charge (%)</translation>
    </message>
    <message>
        <source>Range against payload: %1</source>
        <translation>Range against payload: %1</translation>
    </message>
    <message>
        <source>Test mass (kg)</source>
        <translation>Test mass (kg)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Range (km)</translation>
    </message>
    <message>
        <source>No measured modules: the pack uses the catalog capacity of the module. Import the bench measurements of second-life modules to assign them to strings.</source>
        <translation>No measured modules: the pack uses the catalog capacity of the module. Import the bench measurements of second-life modules to assign them to strings.</translation>
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
        <translation>%1 modules measured; pack capacity %2 Ah (each string counts its weakest module); %3. Not used: %4.</translation>
    </message>
    <message>
        <source>every string within the acceptance thresholds</source>
        <translation>every string within the acceptance thresholds</translation>
    </message>
    <message>
        <source>&lt;b&gt;a string is outside the acceptance thresholds&lt;/b&gt;</source>
        <translation>&lt;b&gt;a string is outside the acceptance thresholds&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, %2 (%3 kg)</source>
        <translation>%1, %2 (%3 kg)</translation>
    </message>
    <message>
        <source>Usable energy = gross energy × (SOC max − SOC min); gross = module energy × series × parallel</source>
        <translation>Usable energy = gross energy × (SOC max − SOC min); gross = module energy × series × parallel</translation>
    </message>
    <message>
        <source>Modules in series × parallel strings; mass of the modules only (no housing, cooling or cabling)</source>
        <translation>Modules in series × parallel strings; mass of the modules only (no housing, cooling or cabling)</translation>
    </message>
    <message>
        <source>Peak discharge = terminal voltage × current at the module current limit × parallel strings, at the minimum SOC, against the motor's peak DC demand</source>
        <translation>Peak discharge = terminal voltage × current at the module current limit × parallel strings, at the minimum SOC, against the motor's peak DC demand</translation>
    </message>
    <message>
        <source>Peak regeneration = voltage × charge-current limit at 50 % SOC, against the regenerative braking limit</source>
        <translation>Peak regeneration = voltage × charge-current limit at 50 % SOC, against the regenerative braking limit</translation>
    </message>
    <message>
        <source>AC charge time = energy from 10 to 80 % SOC / (charger power × efficiency), constant current</source>
        <translation>AC charge time = energy from 10 to 80 % SOC / (charger power × efficiency), constant current</translation>
    </message>
    <message>
        <source>DC charge time = energy from 10 to 80 % SOC / min(DC power, voltage × current limit)</source>
        <translation>DC charge time = energy from 10 to 80 % SOC / min(DC power, voltage × current limit)</translation>
    </message>
    <message>
        <source>Net energy out of the battery over the cycle / distance (traction, losses and auxiliaries, minus what regenerative braking returned)</source>
        <translation>Net energy out of the battery over the cycle / distance (traction, losses and auxiliaries, minus what regenerative braking returned)</translation>
    </message>
    <message>
        <source>Battery consumption / charger efficiency: what the meter at the plug counts</source>
        <translation>Battery consumption / charger efficiency: what the meter at the plug counts</translation>
    </message>
    <message>
        <source>Range = usable energy / consumption at the battery</source>
        <translation>Range = usable energy / consumption at the battery</translation>
    </message>
    <message>
        <source>Modules (series × parallel)</source>
        <translation>Modules (series × parallel)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Pack mass</source>
        <translation>Pack mass</translation>
    </message>
    <message>
        <source>WLTP (type approval)</source>
        <translation>WLTP (type approval)</translation>
    </message>
    <message>
        <source>not applicable: WLTP covers M1 and N1 vehicles</source>
        <translation>not applicable: WLTP covers M1 and N1 vehicles</translation>
    </message>
    <message>
        <source>Regulation (EC) 715/2007 art. 2: an N2 van is not tested on the WLTP</source>
        <translation>Regulation (EC) 715/2007 art. 2: an N2 van is not tested on the WLTP</translation>
    </message>
    <message>
        <source>WLTP test mass TM_L / TM_H</source>
        <translation>WLTP test mass TM_L / TM_H</translation>
    </message>
    <message>
        <source>%1 / %2 kg</source>
        <translation>%1 / %2 kg</translation>
    </message>
    <message>
        <source>TM = mass in running order + 25 kg + optional equipment + %1 % of the maximum vehicle load (GTR 15 Annex 4 §4.2.1.3.1)</source>
        <translation>TM = mass in running order + 25 kg + optional equipment + %1 % of the maximum vehicle load (GTR 15 Annex 4 §4.2.1.3.1)</translation>
    </message>
    <message>
        <source>, downscaled by %1</source>
        <translation>, downscaled by %1</translation>
    </message>
    <message>
        <source>, capped at %1 km/h</source>
        <translation>, capped at %1 km/h</translation>
    </message>
    <message>
        <source>WLTP cycle</source>
        <translation>WLTP cycle</translation>
    </message>
    <message>
        <source>The class's cycle, downscaled when the power is short (GTR 15 Annex 1 §8) and capped at the maximum speed (Annex 1 §9)</source>
        <translation>The class's cycle, downscaled when the power is short (GTR 15 Annex 1 §8) and capped at the maximum speed (Annex 1 §9)</translation>
    </message>
    <message>
        <source>WLTP consumption from the mains (EC_AC)</source>
        <translation>WLTP consumption from the mains (EC_AC)</translation>
    </message>
    <message>
        <source>%1 / %2 Wh/km</source>
        <translation>%1 / %2 Wh/km</translation>
    </message>
    <message>
        <source>EC_AC = recharged energy from the mains / all-electric range, at TM_L / TM_H (GTR 15 Annex 8 §4.3); the figure manufacturers publish</source>
        <translation>EC_AC = recharged energy from the mains / all-electric range, at TM_L / TM_H (GTR 15 Annex 8 §4.3); the figure manufacturers publish</translation>
    </message>
    <message>
        <source>WLTP consumption at the battery (EC_DC)</source>
        <translation>WLTP consumption at the battery (EC_DC)</translation>
    </message>
    <message>
        <source>EC_DC = Σ K_j × battery energy of cycle j / its distance, K_1 = first cycle's energy / UBE (GTR 15 Annex 8 §4.4)</source>
        <translation>EC_DC = Σ K_j × battery energy of cycle j / its distance, K_1 = first cycle's energy / UBE (GTR 15 Annex 8 §4.4)</translation>
    </message>
    <message>
        <source>WLTP all-electric range (AER)</source>
        <translation>WLTP all-electric range (AER)</translation>
    </message>
    <message>
        <source>%1 / %2 km</source>
        <translation>%1 / %2 km</translation>
    </message>
    <message>
        <source>AER = usable battery energy (%1 kWh measured to break-off) / EC_DC, at TM_L / TM_H</source>
        <translation>AER = usable battery energy (%1 kWh measured to break-off) / EC_DC, at TM_L / TM_H</translation>
    </message>
</context>
<context>
    <name>remaster::ui::BuildSheetPage</name>
    <message>
        <source>Workshop record</source>
        <translation>Workshop record</translation>
    </message>
    <message>
        <source>Workshop lead's name, for the sign-off:</source>
        <translation>Workshop lead's name, for the sign-off:</translation>
    </message>
    <message>
        <source>Build sheet</source>
        <translation>Build sheet</translation>
    </message>
    <message>
        <source>&amp;Create build sheet from this design…</source>
        <translation>&amp;Create build sheet from this design…</translation>
    </message>
    <message>
        <source>Show in &amp;build sheets</source>
        <translation>Show in &amp;build sheets</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>HV</source>
        <translation>HV</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Serial numbers (comma-separated)</source>
        <translation>Serial numbers (comma-separated)</translation>
    </message>
    <message>
        <source>Workshop notes</source>
        <translation>Workshop notes</translation>
    </message>
    <message>
        <source>This design has no build sheet yet. Create one when the design is ready: it freezes the results and the rule check, and lists the parts and the work steps.</source>
        <translation>This design has no build sheet yet. Create one when the design is ready: it freezes the results and the rule check, and lists the parts and the work steps.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build sheet %1&lt;/b&gt; — %2, revision %3 of %4. %5</source>
        <translation>&lt;b&gt;Build sheet %1&lt;/b&gt; — %2, revision %3 of %4. %5</translation>
    </message>
    <message>
        <source>Tick the steps as the work is done, enter the measured values and module serial numbers, then record it as built.</source>
        <translation>Tick the steps as the work is done, enter the measured values and module serial numbers, then record it as built.</translation>
    </message>
    <message>
        <source>Draft: the record can be prepared and saved.</source>
        <translation>Draft: the record can be prepared and saved.</translation>
    </message>
    <message>
        <source>This revision is sealed.</source>
        <translation>This revision is sealed.</translation>
    </message>
    <message>
        <source>&amp;Record as built…</source>
        <translation>&amp;Record as built…</translation>
    </message>
    <message>
        <source>&amp;Save the record…</source>
        <translation>&amp;Save the record…</translation>
    </message>
    <message>
        <source>This design has no build sheet.</source>
        <translation>This design has no build sheet.</translation>
    </message>
    <message>
        <source>Another workstation changed this build sheet while you were entering the workshop record. Your entries are not saved yet: Save checks first and says who changed it, or Reload shows their version and drops your entries.</source>
        <translation>Another workstation changed this build sheet while you were entering the workshop record. Your entries are not saved yet: Save checks first and says who changed it, or Reload shows their version and drops your entries.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Step %1 (%2…): yours %3, stored %4</source>
        <translation>Step %1 (%2…): yours %3, stored %4</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>Step %1 measured value: yours %2, stored %3</source>
        <translation>Step %1 measured value: yours %2, stored %3</translation>
    </message>
    <message>
        <source>%1 serial numbers: yours %2, stored %3</source>
        <translation>%1 serial numbers: yours %2, stored %3</translation>
    </message>
    <message>
        <source>Notes: yours %1, stored %2</source>
        <translation>Notes: yours %1, stored %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your entries against the stored version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Your entries against the stored version:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no difference.</source>
        <translation>no difference.</translation>
    </message>
    <message>
        <source>Save again to put yours on top, or Reload to take the stored version.</source>
        <translation>Save again to put yours on top, or Reload to take the stored version.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::CatalogContext</name>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
</context>
<context>
    <name>remaster::ui::CatalogEntryEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Enter the figures of the real vehicle or part (registration certificate, weighbridge ticket, datasheet) and name their source. Confidence: A, B, C published; E derived by you; R representative.</source>
        <translation>Enter the figures of the real vehicle or part (registration certificate, weighbridge ticket, datasheet) and name their source. Confidence: A, B, C published; E derived by you; R representative.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Source id</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentBrowser</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Search name or id</source>
        <translation>Search name or id</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>Con&amp;dition:</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentTableModel</name>
    <message>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Peak power</translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation>Continuous power</translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation>Peak torque</translation>
    </message>
    <message>
        <source>Max. speed</source>
        <translation>Max. speed</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>Inverter</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>DC range</source>
        <translation>DC range</translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation>Peak phase current</translation>
    </message>
    <message>
        <source>Reduction gear</source>
        <translation>Reduction gear</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Max. input torque</source>
        <translation>Max. input torque</translation>
    </message>
    <message>
        <source>Battery module</source>
        <translation>Battery module</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Chemistry</translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation>Nominal voltage</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>DC-DC converter</source>
        <translation>DC-DC converter</translation>
    </message>
    <message>
        <source>Input range</source>
        <translation>Input range</translation>
    </message>
</context>
<context>
    <name>remaster::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Connect to a team database</translation>
    </message>
    <message>
        <source>A PostgreSQL server shared by the team. ReMaster creates its tables in an empty database the first time it opens it.</source>
        <translation>A PostgreSQL server shared by the team. ReMaster creates its tables in an empty database the first time it opens it.</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>(new connection)</translation>
    </message>
    <message>
        <source>Team databases opened before on this computer</source>
        <translation>Team databases opened before on this computer</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org, or a socket folder such as /run/postgresql</translation>
    </message>
    <message>
        <source>libpq's sslmode: prefer uses TLS when the server offers it; require insists on TLS; verify-full also checks the server's certificate and name</source>
        <translation>libpq's sslmode: prefer uses TLS when the server offers it; require insists on TLS; verify-full also checks the server's certificate and name</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when left empty</source>
        <translation>from ~/.pgpass or PGPASSWORD when left empty</translation>
    </message>
    <message>
        <source>Used for this session only and never saved. To avoid typing it, put it in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).</source>
        <translation>Used for this session only and never saved. To avoid typing it, put it in ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Database: enter the name of the database on the server</source>
        <translation>Database: enter the name of the database on the server</translation>
    </message>
    <message>
        <source>User: enter your user name on the server</source>
        <translation>User: enter your user name on the server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>T&amp;LS mode:</source>
        <translation>T&amp;LS mode:</translation>
    </message>
    <message>
        <source>The same location works with remaster-cli --db</source>
        <translation>The same location works with remaster-cli --db</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignDocument</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid design:
%2</source>
        <translation>%1 is not a valid design:
%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the recovery copy is damaged</source>
        <translation>the recovery copy is damaged</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignPage</name>
    <message>
        <source>Find &amp;kits…</source>
        <translation>Find &amp;kits…</translation>
    </message>
    <message>
        <source>Search the catalog for the kits that fit this van and its duty</source>
        <translation>Search the catalog for the kits that fit this van and its duty</translation>
    </message>
</context>
<context>
    <name>remaster::ui::DesignWorkspace</name>
    <message>
        <source>&lt;b&gt;Key results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Key results&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>failing</translation>
    </message>
    <message>
        <source>Cannot evaluate this design:&lt;br&gt;%1</source>
        <translation>Cannot evaluate this design:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Range, %1, empty</source>
        <translation>Range, %1, empty</translation>
    </message>
    <message>
        <source>Range, %1, at GVW</source>
        <translation>Range, %1, at GVW</translation>
    </message>
    <message>
        <source>%1 km (%2 Wh/km)</source>
        <translation>%1 km (%2 Wh/km)</translation>
    </message>
    <message>
        <source>Usable energy / consumption at the battery over the cycle</source>
        <translation>Usable energy / consumption at the battery over the cycle</translation>
    </message>
    <message>
        <source>Power ratio (FR-07)</source>
        <translation>Power ratio (FR-07)</translation>
    </message>
    <message>
        <source>%1 % of the original</source>
        <translation>%1 % of the original</translation>
    </message>
    <message>
        <source>Electric power / original engine power P.2; the decree accepts 65–100 %</source>
        <translation>Electric power / original engine power P.2; the decree accepts 65–100 %</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Mass in running order</translation>
    </message>
    <message>
        <source>%1 kg (%2 %)</source>
        <translation>%1 kg (%2 %)</translation>
    </message>
    <message>
        <source>Usable payload</source>
        <translation>Usable payload</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>The smaller of GVW − mass in running order and what each axle allows with the load at the load-space centre</source>
        <translation>The smaller of GVW − mass in running order and what each axle allows with the load at the load-space centre</translation>
    </message>
    <message>
        <source>Failing rules</source>
        <translation>Failing rules</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Needing evidence</source>
        <translation>Needing evidence</translation>
    </message>
    <message>
        <source>Homologation</source>
        <translation>Homologation</translation>
    </message>
    <message>
        <source>not checked: complete the registration data</source>
        <translation>not checked: complete the registration data</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Usable energy</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Recomputed in %1 ms</source>
        <translation>Recomputed in %1 ms</translation>
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
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Engine option</translation>
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
        <translation>Welcome to ReMaster</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Welcome to ReMaster.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your catalogs and build sheets are stored in one database file:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Back it up with your other work files; it can be moved with &lt;i&gt;File → Open database&lt;/i&gt;. The demo database is a separate file (&lt;code&gt;%2&lt;/code&gt;) for trying ReMaster out: nothing you do there touches your own data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Welcome to ReMaster.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your catalogs and build sheets are stored in one database file:&lt;br&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Back it up with your other work files; it can be moved with &lt;i&gt;File → Open database&lt;/i&gt;. The demo database is a separate file (&lt;code&gt;%2&lt;/code&gt;) for trying ReMaster out: nothing you do there touches your own data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Start with &amp;my database</source>
        <translation>Start with &amp;my database</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Open the &amp;demo database</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Legal reference</translation>
    </message>
    <message>
        <source>The rules cannot be checked yet:
%1</source>
        <translation>The rules cannot be checked yet:
%1</translation>
    </message>
    <message>
        <source>Rule set %1: %2 failing, %3 warnings, %4 needing evidence, %5 passed. Double-click a result to go to the field that drives it.</source>
        <translation>Rule set %1: %2 failing, %3 warnings, %4 needing evidence, %5 passed. Double-click a result to go to the field that drives it.</translation>
    </message>
    <message>
        <source>* This limit is a parameter of the rule set pending legal confirmation.</source>
        <translation>* This limit is a parameter of the rule set pending legal confirmation.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::KitFinderDialog</name>
    <message>
        <source>minimum range</source>
        <translation>minimum range</translation>
    </message>
    <message>
        <source>minimum payload</source>
        <translation>minimum payload</translation>
    </message>
    <message>
        <source>maximum kit mass</source>
        <translation>maximum kit mass</translation>
    </message>
    <message>
        <source>maximum charge time</source>
        <translation>maximum charge time</translation>
    </message>
    <message>
        <source>maximum pack volume</source>
        <translation>maximum pack volume</translation>
    </message>
    <message>
        <source>pack voltage outside the inverter or motor range</source>
        <translation>pack voltage outside the inverter or motor range</translation>
    </message>
    <message>
        <source>more modules than in stock</source>
        <translation>more modules than in stock</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>motor requirement %1</source>
        <translation>motor requirement %1</translation>
    </message>
    <message>
        <source>battery check %1</source>
        <translation>battery check %1</translation>
    </message>
    <message>
        <source>cannot follow %1</source>
        <translation>cannot follow %1</translation>
    </message>
    <message>
        <source>misses %1 by %2 %</source>
        <translation>misses %1 by %2 %</translation>
    </message>
    <message>
        <source>meets every constraint; the tightest is %1</source>
        <translation>meets every constraint; the tightest is %1</translation>
    </message>
    <message>
        <source>misses %1</source>
        <translation>misses %1</translation>
    </message>
    <message>
        <source>★: on the Pareto front (no other kit has more payload, more range, a lighter kit, lower consumption and a shorter charge all at once)</source>
        <translation>★: on the Pareto front (no other kit has more payload, more range, a lighter kit, lower consumption and a shorter charge all at once)</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Inverter</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Pack (series × parallel)</source>
        <translation>Pack (series × parallel)</translation>
    </message>
    <message>
        <source>Payload (kg)</source>
        <translation>Payload (kg)</translation>
    </message>
    <message>
        <source>Range (km)</source>
        <translation>Range (km)</translation>
    </message>
    <message>
        <source>Kit mass (kg)</source>
        <translation>Kit mass (kg)</translation>
    </message>
    <message>
        <source>Wh/km</source>
        <translation>Wh/km</translation>
    </message>
    <message>
        <source>AC charge (h)</source>
        <translation>AC charge (h)</translation>
    </message>
    <message>
        <source>Limiting constraint</source>
        <translation>Limiting constraint</translation>
    </message>
    <message>
        <source>Find kits for this van</source>
        <translation>Find kits for this van</translation>
    </message>
    <message>
        <source>Most payload</source>
        <translation>Most payload</translation>
    </message>
    <message>
        <source>Longest range</source>
        <translation>Longest range</translation>
    </message>
    <message>
        <source>Lightest kit</source>
        <translation>Lightest kit</translation>
    </message>
    <message>
        <source>Lowest consumption</source>
        <translation>Lowest consumption</translation>
    </message>
    <message>
        <source>Shortest charge</source>
        <translation>Shortest charge</translation>
    </message>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Rank by:</translation>
    </message>
    <message>
        <source>Minimum range at full &amp;payload:</source>
        <translation>Minimum range at full &amp;payload:</translation>
    </message>
    <message>
        <source>Minimum usable pa&amp;yload:</source>
        <translation>Minimum usable pa&amp;yload:</translation>
    </message>
    <message>
        <source>Maximum &amp;kit mass:</source>
        <translation>Maximum &amp;kit mass:</translation>
    </message>
    <message>
        <source>Maximum AC &amp;charge time:</source>
        <translation>Maximum AC &amp;charge time:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Ratio &amp;step:</source>
        <translation>Ratio &amp;step:</translation>
    </message>
    <message>
        <source>Strings in parallel &amp;up to:</source>
        <translation>Strings in parallel &amp;up to:</translation>
    </message>
    <message>
        <source>Reject kits that fail a rule of the rule set</source>
        <translation>Reject kits that fail a rule of the rule set</translation>
    </message>
    <message>
        <source>Reject kits that miss the design's requirements</source>
        <translation>Reject kits that miss the design's requirements</translation>
    </message>
    <message>
        <source>&amp;Motors to try:</source>
        <translation>&amp;Motors to try:</translation>
    </message>
    <message>
        <source>Battery m&amp;odules to try:</source>
        <translation>Battery m&amp;odules to try:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>&amp;Apply to design</source>
        <translation>&amp;Apply to design</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%p % of the hardware combinations</source>
        <translation>%p % of the hardware combinations</translation>
    </message>
    <message>
        <source>The search tries every ticked motor with every inverter, the design's reducer and charger, each ratio step inside the motor's feasible range and every pack layout of the ticked modules; cheap checks first. The design's own kit is shown beside the results.</source>
        <translation>The search tries every ticked motor with every inverter, the design's reducer and charger, each ratio step inside the motor's feasible range and every pack layout of the ticked modules; cheap checks first. The design's own kit is shown beside the results.</translation>
    </message>
    <message>
        <source>The rule set cannot be read; the search did not run.</source>
        <translation>The rule set cannot be read; the search did not run.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search cannot run:
%1</source>
        <translation>The search cannot run:
%1</translation>
    </message>
    <message>
        <source>Search cancelled: nothing was changed.</source>
        <translation>Search cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 kits judged, %2 ran every cycle, %3 feasible, %4 on the Pareto front. Most rejected by: %5.</source>
        <translation>%1 kits judged, %2 ran every cycle, %3 feasible, %4 on the Pareto front. Most rejected by: %5.</translation>
    </message>
    <message>
        <source>No kit meets every constraint: the table shows the nearest misses.</source>
        <translation>No kit meets every constraint: the table shows the nearest misses.</translation>
    </message>
    <message>
        <source>Usable payload against range at full payload</source>
        <translation>Usable payload against range at full payload</translation>
    </message>
    <message>
        <source>Usable payload (kg)</source>
        <translation>Usable payload (kg)</translation>
    </message>
    <message>
        <source>Range at full payload (km)</source>
        <translation>Range at full payload (km)</translation>
    </message>
    <message>
        <source>Feasible kits</source>
        <translation>Feasible kits</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto front</translation>
    </message>
    <message>
        <source>Nearest misses</source>
        <translation>Nearest misses</translation>
    </message>
    <message>
        <source>Current kit</source>
        <translation>Current kit</translation>
    </message>
    <message>
        <source>Apply kit: %1, ratio %2, %3 × %4</source>
        <translation>Apply kit: %1, ratio %2, %3 × %4</translation>
    </message>
    <message>
        <source>Applied to the design (%1). Edit → Undo takes it back.</source>
        <translation>Applied to the design (%1). Edit → Undo takes it back.</translation>
    </message>
    <message>
        <source>Module s&amp;tock:</source>
        <translation>Module s&amp;tock:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>A stock file: the modules on the shelf per type; only these types are tried, each up to its count</source>
        <translation>A stock file: the modules on the shelf per type; only these types are tried, each up to its count</translation>
    </message>
    <message>
        <source>Measured &amp;batch:</source>
        <translation>Measured &amp;batch:</translation>
    </message>
    <message>
        <source>The module list of grade-modules (CSV): the measured second-life modules of the type on the left, used with their real string assignment</source>
        <translation>The module list of grade-modules (CSV): the measured second-life modules of the type on the left, used with their real string assignment</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid stock file:</source>
        <translation>%1 is not a valid stock file:</translation>
    </message>
    <message>
        <source>Unknown module type %1</source>
        <translation>Unknown module type %1</translation>
    </message>
    <message>
        <source>%1 is not a valid module list:</source>
        <translation>%1 is not a valid module list:</translation>
    </message>
    <message>
        <source>none: any number of every ticked module</source>
        <translation>none: any number of every ticked module</translation>
    </message>
    <message>
        <source>no measured batch</source>
        <translation>no measured batch</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n measured module(s)</source>
        <translation><numerusform>%1: %n measured module</numerusform><numerusform>%1: %n measured modules</numerusform></translation>
    </message>
    <message>
        <source>Module stock file</source>
        <translation>Module stock file</translation>
    </message>
    <message>
        <source>Stock files (*.json);;All files (*)</source>
        <translation>Stock files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Measured module batch</source>
        <translation>Measured module batch</translation>
    </message>
    <message>
        <source>Module lists (*.csv);;All files (*)</source>
        <translation>Module lists (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) on the shelf</source>
        <translation><numerusform>%1: %n module on the shelf</numerusform><numerusform>%1: %n modules on the shelf</numerusform></translation>
    </message>
</context>
<context>
    <name>remaster::ui::MainWindow</name>
    <message>
        <source>&amp;Vehicles</source>
        <translation>&amp;Vehicles</translation>
    </message>
    <message>
        <source>C&amp;omponents</source>
        <translation>C&amp;omponents</translation>
    </message>
    <message>
        <source>Renault Master variants and their diesel engines</source>
        <translation>Renault Master variants and their diesel engines</translation>
    </message>
    <message>
        <source>Motors, inverters, gears, battery modules, chargers and DC-DC converters</source>
        <translation>Motors, inverters, gears, battery modules, chargers and DC-DC converters</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Import catalog file…</source>
        <translation>&amp;Import catalog file…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Catalog</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Edit entry…</translation>
    </message>
    <message>
        <source>Correct the selected entry with the real vehicle's or part's figures</source>
        <translation>Correct the selected entry with the real vehicle's or part's figures</translation>
    </message>
    <message>
        <source>&amp;Duplicate entry…</source>
        <translation>&amp;Duplicate entry…</translation>
    </message>
    <message>
        <source>Copy the selected entry as a new entry of your own</source>
        <translation>Copy the selected entry as a new entry of your own</translation>
    </message>
    <message>
        <source>De&amp;lete my entry</source>
        <translation>De&amp;lete my entry</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ReMaster</source>
        <translation>&amp;About ReMaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Vehicles %1 · %2 variants   Components %3 · %4 entries</source>
        <translation>Vehicles %1 · %2 variants   Components %3 · %4 entries</translation>
    </message>
    <message>
        <source>%1 saved; later catalog updates will not overwrite it.</source>
        <translation>%1 saved; later catalog updates will not overwrite it.</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Duplicate entry</translation>
    </message>
    <message>
        <source>Identifier of the new entry (a-z, 0-9, -):</source>
        <translation>Identifier of the new entry (a-z, 0-9, -):</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
    <message>
        <source>Delete your entry %1? This cannot be undone.</source>
        <translation>Delete your entry %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>Import catalog file</source>
        <translation>Import catalog file</translation>
    </message>
    <message>
        <source>ReMaster catalog (*.json);;All files (*)</source>
        <translation>ReMaster catalog (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation><numerusform>%n entry imported.</numerusform><numerusform>%n entries imported.</numerusform></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Open or create a database</translation>
    </message>
    <message>
        <source>ReMaster database (*.sqlite);;All files (*)</source>
        <translation>ReMaster database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Open design</translation>
    </message>
    <message>
        <source>ReMaster design (*.json);;All files (*)</source>
        <translation>ReMaster design (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Save design</translation>
    </message>
    <message>
        <source>ReMaster design (*.json)</source>
        <translation>ReMaster design (*.json)</translation>
    </message>
    <message>
        <source>&amp;Retrofit design</source>
        <translation>&amp;Retrofit design</translation>
    </message>
    <message>
        <source>The guided workflow: vehicle, motor, battery, mass and homologation of one conversion</source>
        <translation>The guided workflow: vehicle, motor, battery, mass and homologation of one conversion</translation>
    </message>
    <message>
        <source>&amp;New design</source>
        <translation>&amp;New design</translation>
    </message>
    <message>
        <source>Open &amp;design…</source>
        <translation>Open &amp;design…</translation>
    </message>
    <message>
        <source>&amp;Save design</source>
        <translation>&amp;Save design</translation>
    </message>
    <message>
        <source>Save design &amp;as…</source>
        <translation>Save design &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>The folder of your database and its backups</source>
        <translation>The folder of your database and its backups</translation>
    </message>
    <message>
        <source>unsaved design</source>
        <translation>unsaved design</translation>
    </message>
    <message>
        <source>%1[*] — ReMaster</source>
        <translation>%1[*] — ReMaster</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Unsaved design</source>
        <translation>Unsaved design</translation>
    </message>
    <message>
        <source>The design has changes that are not saved. Save them?</source>
        <translation>The design has changes that are not saved. Save them?</translation>
    </message>
    <message>
        <source>Create build sheet</source>
        <translation>Create build sheet</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Design of build sheet %1 opened; save it as a file or create a new sheet revision from it.</source>
        <translation>Design of build sheet %1 opened; save it as a file or create a new sheet revision from it.</translation>
    </message>
    <message>
        <source>&amp;Build sheets</source>
        <translation>&amp;Build sheets</translation>
    </message>
    <message>
        <source>Every van's conversion record: search, status, sign-off</source>
        <translation>Every van's conversion record: search, status, sign-off</translation>
    </message>
    <message>
        <source>Create &amp;build sheet from design…</source>
        <translation>Create &amp;build sheet from design…</translation>
    </message>
    <message>
        <source>The design does not evaluate yet: %1</source>
        <translation>The design does not evaluate yet: %1</translation>
    </message>
    <message>
        <source>Build sheet %1 created as a draft.</source>
        <translation>Build sheet %1 created as a draft.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Desktop colours</source>
        <translation>&amp;Desktop colours</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>D&amp;ark</translation>
    </message>
    <message>
        <source>&amp;Recent designs</source>
        <translation>&amp;Recent designs</translation>
    </message>
    <message>
        <source>Restore design</source>
        <translation>Restore design</translation>
    </message>
    <message>
        <source>ReMaster stopped while a design had unsaved changes. Restore them?</source>
        <translation>ReMaster stopped while a design had unsaved changes. Restore them?</translation>
    </message>
    <message>
        <source>Unsaved changes restored; save them to keep them.</source>
        <translation>Unsaved changes restored; save them to keep them.</translation>
    </message>
    <message>
        <source>&amp;Power unit</source>
        <translation>&amp;Power unit</translation>
    </message>
    <message>
        <source>hp (metric horsepower, ch)</source>
        <translation>hp (metric horsepower, ch)</translation>
    </message>
    <message>
        <source>Recent build s&amp;heets</source>
        <translation>Recent build s&amp;heets</translation>
    </message>
    <message>
        <source>Find &amp;kits…</source>
        <translation>Find &amp;kits…</translation>
    </message>
    <message>
        <source>Search the catalog for the kits that fit this van and its duty (Ctrl+K)</source>
        <translation>Search the catalog for the kits that fit this van and its duty (Ctrl+K)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Build sheet %1 was changed on another workstation; the list shows it.</source>
        <translation>Build sheet %1 was changed on another workstation; the list shows it.</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>&amp;Connect to team database…</translation>
    </message>
    <message>
        <source>Open a database on a PostgreSQL server shared by the team</source>
        <translation>Open a database on a PostgreSQL server shared by the team</translation>
    </message>
    <message>
        <source> · team database: other workstations' changes appear here</source>
        <translation> · team database: other workstations' changes appear here</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; ReMaster connected again.</source>
        <translation>The connection to %1 was lost; ReMaster connected again.</translation>
    </message>
</context>
<context>
    <name>remaster::ui::MassPage</name>
    <message>
        <source>Mass &amp; axles</source>
        <translation>Mass &amp; axles</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Load case</source>
        <translation>Load case</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Front axle</source>
        <translation>Front axle</translation>
    </message>
    <message>
        <source>Rear axle</source>
        <translation>Rear axle</translation>
    </message>
    <message>
        <source>Front share</source>
        <translation>Front share</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>Within limits</translation>
    </message>
    <message>
        <source>The mass sheet needs a design that evaluates.</source>
        <translation>The mass sheet needs a design that evaluates.</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>Axle loads need the registration data on the Vehicle step: %1</source>
        <translation>Axle loads need the registration data on the Vehicle step: %1</translation>
    </message>
    <message>
        <source>Unladen (in running order)</source>
        <translation>Unladen (in running order)</translation>
    </message>
    <message>
        <source>Laden to GVW, load-space centre</source>
        <translation>Laden to GVW, load-space centre</translation>
    </message>
    <message>
        <source>Laden, payload at %1 mm</source>
        <translation>Laden, payload at %1 mm</translation>
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
        <translation>the GVW</translation>
    </message>
    <message>
        <source>the front axle</source>
        <translation>the front axle</translation>
    </message>
    <message>
        <source>the rear axle</source>
        <translation>the rear axle</translation>
    </message>
    <message>
        <source>Mass in running order %1 kg → %2 kg (%3 %). Usable payload at the load-space centre: %4 kg, limited by %5.</source>
        <translation>Mass in running order %1 kg → %2 kg (%3 %). Usable payload at the load-space centre: %4 kg, limited by %5.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Add part</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>New part</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Remove part</translation>
    </message>
    <message>
        <source>Accepted: %1 … %2 %3</source>
        <translation>Accepted: %1 … %2 %3</translation>
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
        <translation>Edit mass sheet</translation>
    </message>
    <message>
        <source>Mass (kg)</source>
        <translation>Mass (kg)</translation>
    </message>
    <message>
        <source>Position behind front axle (mm)</source>
        <translation>Position behind front axle (mm)</translation>
    </message>
    <message>
        <source>Double-click a mass or a position to enter the weighed or measured figure; negative positions are ahead of the front axle.</source>
        <translation>Double-click a mass or a position to enter the weighed or measured figure; negative positions are ahead of the front axle.</translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation>&amp;Add part</translation>
    </message>
    <message>
        <source>Re&amp;move part</source>
        <translation>Re&amp;move part</translation>
    </message>
    <message>
        <source>Removes a part you added (cabling, housings, brackets …)</source>
        <translation>Removes a part you added (cabling, housings, brackets …)</translation>
    </message>
    <message>
        <source>Axle loads against their limits</source>
        <translation>Axle loads against their limits</translation>
    </message>
    <message>
        <source>Axle load (kg)</source>
        <translation>Axle load (kg)</translation>
    </message>
    <message>
        <source>Permissible axle load</source>
        <translation>Permissible axle load</translation>
    </message>
</context>
<context>
    <name>remaster::ui::MotorPage</name>
    <message>
        <source>&amp;Motor:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <source>&amp;Inverter:</source>
        <translation>&amp;Inverter:</translation>
    </message>
    <message>
        <source>Re&amp;ducer:</source>
        <translation>Re&amp;ducer:</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;Ratio:</translation>
    </message>
    <message>
        <source>FR-07 power &amp;basis:</source>
        <translation>FR-07 power &amp;basis:</translation>
    </message>
    <message>
        <source>&amp;Top speed:</source>
        <translation>&amp;Top speed:</translation>
    </message>
    <message>
        <source>&amp;Hill start at GVW:</source>
        <translation>&amp;Hill start at GVW:</translation>
    </message>
    <message>
        <source>&amp;Sustained grade at GVW:</source>
        <translation>&amp;Sustained grade at GVW:</translation>
    </message>
    <message>
        <source>0–50 km/h at GVW &amp;within:</source>
        <translation>0–50 km/h at GVW &amp;within:</translation>
    </message>
    <message>
        <source>Motor and drivetrain</source>
        <translation>Motor and drivetrain</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Choose motor</source>
        <translation>Choose motor</translation>
    </message>
    <message>
        <source>Choose inverter</source>
        <translation>Choose inverter</translation>
    </message>
    <message>
        <source>Choose reducer</source>
        <translation>Choose reducer</translation>
    </message>
    <message>
        <source>Change ratio</source>
        <translation>Change ratio</translation>
    </message>
    <message>
        <source>Change top speed</source>
        <translation>Change top speed</translation>
    </message>
    <message>
        <source>Change hill start</source>
        <translation>Change hill start</translation>
    </message>
    <message>
        <source>Change sustained grade</source>
        <translation>Change sustained grade</translation>
    </message>
    <message>
        <source>Change acceleration time</source>
        <translation>Change acceleration time</translation>
    </message>
    <message>
        <source>Change power basis</source>
        <translation>Change power basis</translation>
    </message>
    <message>
        <source>Motor &amp; drivetrain</source>
        <translation>Motor &amp; drivetrain</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Required at wheel</source>
        <translation>Required at wheel</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Motor</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <source>Top speed</source>
        <translation>Top speed</translation>
    </message>
    <message>
        <source>Hill start</source>
        <translation>Hill start</translation>
    </message>
    <message>
        <source>Sustained grade</source>
        <translation>Sustained grade</translation>
    </message>
    <message>
        <source>0–50 km/h</source>
        <translation>0–50 km/h</translation>
    </message>
    <message>
        <source>Power window</source>
        <translation>Power window</translation>
    </message>
    <message>
        <source>Every catalog motor with this design's inverter, ratio and pack: double-click to choose it</source>
        <translation>Every catalog motor with this design's inverter, ratio and pack: double-click to choose it</translation>
    </message>
    <message>
        <source>Overall ratio motor : wheel. Feasible range: from the hill-start torque (minimum) to the motor's maximum speed at the required top speed (maximum).</source>
        <translation>Overall ratio motor : wheel. Feasible range: from the hill-start torque (minimum) to the motor's maximum speed at the required top speed (maximum).</translation>
    </message>
    <message>
        <source>Rule set's choice</source>
        <translation>Rule set's choice</translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation>Peak power</translation>
    </message>
    <message>
        <source>30-minute (continuous) power</source>
        <translation>30-minute (continuous) power</translation>
    </message>
    <message>
        <source>Cannot size the motor: %1</source>
        <translation>Cannot size the motor: %1</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Acceleration</translation>
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
        <translation>inside</translation>
    </message>
    <message>
        <source>OUTSIDE</source>
        <translation>OUTSIDE</translation>
    </message>
    <message>
        <source>Wheel torque at GVW: motor envelope against demand</source>
        <translation>Wheel torque at GVW: motor envelope against demand</translation>
    </message>
    <message>
        <source>Speed (km/h)</source>
        <translation>Speed (km/h)</translation>
    </message>
    <message>
        <source>Wheel torque (N·m)</source>
        <translation>Wheel torque (N·m)</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuous</translation>
    </message>
    <message>
        <source>%1 % grade</source>
        <translation>%1 % grade</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>not possible: %1</source>
        <translation>not possible: %1</translation>
    </message>
    <message>
        <source>Power window FR-07: %1 is %2 % of the original %3 (65–100 %): %4. Top speed %5 km/h, 0–50 km/h in %6 s. Feasible ratio %7 … %8.</source>
        <translation>Power window FR-07: %1 is %2 % of the original %3 (65–100 %): %4. Top speed %5 km/h, 0–50 km/h in %6 s. Feasible ratio %7 … %8.</translation>
    </message>
    <message>
        <source>Hill start: wheel torque ≥ m·g·(Crr·cos θ + sin θ)·r at GVW on the required grade, from standstill</source>
        <translation>Hill start: wheel torque ≥ m·g·(Crr·cos θ + sin θ)·r at GVW on the required grade, from standstill</translation>
    </message>
    <message>
        <source>Sustained grade: wheel power ≥ (m·g·(Crr·cos θ + sin θ) + ½·ρ·Cd·A·v²)·v at GVW and the required speed</source>
        <translation>Sustained grade: wheel power ≥ (m·g·(Crr·cos θ + sin θ) + ½·ρ·Cd·A·v²)·v at GVW and the required speed</translation>
    </message>
    <message>
        <source>Top speed: wheel power ≥ (m·g·Crr + ½·ρ·Cd·A·v²)·v on the flat at GVW, and motor speed within its maximum</source>
        <translation>Top speed: wheel power ≥ (m·g·Crr + ½·ρ·Cd·A·v²)·v on the flat at GVW, and motor speed within its maximum</translation>
    </message>
    <message>
        <source>Acceleration: time from 0 to the target speed at GVW on the motor's peak envelope, a = (F_wheel − F_road)/(m·(1+λ))</source>
        <translation>Acceleration: time from 0 to the target speed at GVW on the motor's peak envelope, a = (F_wheel − F_road)/(m·(1+λ))</translation>
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
        <translation>never reached</translation>
    </message>
</context>
<context>
    <name>remaster::ui::SheetBrowser</name>
    <message>
        <source>Search sheet number, VIN, registration, customer, notes</source>
        <translation>Search sheet number, VIN, registration, customer, notes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open its &amp;design</source>
        <translation>Open its &amp;design</translation>
    </message>
    <message>
        <source>Su&amp;bmit for review</source>
        <translation>Su&amp;bmit for review</translation>
    </message>
    <message>
        <source>Send bac&amp;k</source>
        <translation>Send bac&amp;k</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>Mark b&amp;uilt</source>
        <translation>Mark b&amp;uilt</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hive</translation>
    </message>
    <message>
        <source>Homologation sign-off; refused while a rule fails or the rules were not evaluated</source>
        <translation>Homologation sign-off; refused while a rule fails or the rules were not evaluated</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <source>&lt;p&gt;No sheet selected. Create one from a design: &lt;i&gt;File → Create build sheet from design&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No sheet selected. Create one from a design: &lt;i&gt;File → Create build sheet from design&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Build sheet %1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, revision %3 of %4&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Build sheet %1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;, revision %3 of %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Customer: %1&lt;br&gt;VIN: %2 — registration %3 — first registered %4&lt;br&gt;Variant: %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Customer: %1&lt;br&gt;VIN: %2 — registration %3 — first registered %4&lt;br&gt;Variant: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mass in running order %1 kg → %2 kg; kit %3 kg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mass in running order %1 kg → %2 kg; kit %3 kg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule set %1: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rule set %1: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no failing rule</source>
        <translation>no failing rule</translation>
    </message>
    <message>
        <source>&lt;b&gt;failing: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;failing: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rules not evaluated&lt;/b&gt;: the design's registration data was incomplete. This sheet cannot be approved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rules not evaluated&lt;/b&gt;: the design's registration data was incomplete. This sheet cannot be approved.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bill of materials&lt;/h3&gt;&lt;table cellspacing=4&gt;</source>
        <translation>&lt;h3&gt;Bill of materials&lt;/h3&gt;&lt;table cellspacing=4&gt;</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Work steps&lt;/h3&gt;&lt;ol&gt;</source>
        <translation>&lt;h3&gt;Work steps&lt;/h3&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;[HV]&lt;/b&gt; </source>
        <translation>&lt;b&gt;[HV]&lt;/b&gt; </translation>
    </message>
    <message>
        <source> — required: %1</source>
        <translation> — required: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sign-offs&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Sign-offs&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;SHA-256 %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;SHA-256 %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No sheet selected.</source>
        <translation>No sheet selected.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Sheet %1 becomes %2. Your name, for the sign-off:</source>
        <translation>Sheet %1 becomes %2. Your name, for the sign-off:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workshop build sheet</source>
        <translation>Workshop build sheet</translation>
    </message>
    <message>
        <source>Homologation dossier</source>
        <translation>Homologation dossier</translation>
    </message>
    <message>
        <source>Transformation attestation</source>
        <translation>Transformation attestation</translation>
    </message>
    <message>
        <source>Transformation plate</source>
        <translation>Transformation plate</translation>
    </message>
    <message>
        <source>Language of the document, independent of the interface language</source>
        <translation>Language of the document, independent of the interface language</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Print preview — sheet %1</source>
        <translation>Print preview — sheet %1</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantBrowser</name>
    <message>
        <source>Which Master is it?</source>
        <translation>Which Master is it?</translation>
    </message>
    <message>
        <source>Search name or id (Ctrl+F)</source>
        <translation>Search name or id (Ctrl+F)</translation>
    </message>
    <message>
        <source>Part of the variant's name or identifier</source>
        <translation>Part of the variant's name or identifier</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Generation:</source>
        <translation>&amp;Generation:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>G&amp;VW:</source>
        <translation>G&amp;VW:</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Drive:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Gross vehicle weight, field F.1 of the registration certificate</source>
        <translation>Gross vehicle weight, field F.1 of the registration certificate</translation>
    </message>
    <message>
        <source>Original diesel engine, field P.2 (kW) of the registration certificate</source>
        <translation>Original diesel engine, field P.2 (kW) of the registration certificate</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>%1 of %2 variants</source>
        <translation>%1 of %2 variants</translation>
    </message>
    <message>
        <source>Roof &amp;height:</source>
        <translation>Roof &amp;height:</translation>
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
        <translation>Representative value, not this vehicle's own: enter field G of the registration certificate or a weighbridge figure.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generation</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>GVW</source>
        <translation>GVW</translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation>Mass in running order</translation>
    </message>
</context>
<context>
    <name>remaster::ui::VehiclePage</name>
    <message>
        <source>Choose variant</source>
        <translation>Choose variant</translation>
    </message>
    <message>
        <source>Choose engine</source>
        <translation>Choose engine</translation>
    </message>
    <message>
        <source>Edit VIN</source>
        <translation>Edit VIN</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>Edit registration</translation>
    </message>
    <message>
        <source>Edit first registration</source>
        <translation>Edit first registration</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Edit category</translation>
    </message>
    <message>
        <source>Manufacturer agreement</source>
        <translation>Manufacturer agreement</translation>
    </message>
    <message>
        <source>Accepted: %1 … %2</source>
        <translation>Accepted: %1 … %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variant:</translation>
    </message>
    <message>
        <source>&amp;Engine (P.2):</source>
        <translation>&amp;Engine (P.2):</translation>
    </message>
    <message>
        <source>VI&amp;N (E):</source>
        <translation>VI&amp;N (E):</translation>
    </message>
    <message>
        <source>&amp;Registration (A):</source>
        <translation>&amp;Registration (A):</translation>
    </message>
    <message>
        <source>&amp;First registration (B):</source>
        <translation>&amp;First registration (B):</translation>
    </message>
    <message>
        <source>Ca&amp;tegory (J):</source>
        <translation>Ca&amp;tegory (J):</translation>
    </message>
    <message>
        <source>Mass in running order (G), kg:</source>
        <translation>Mass in running order (G), kg:</translation>
    </message>
    <message>
        <source>GVW (F.1), kg:</source>
        <translation>GVW (F.1), kg:</translation>
    </message>
    <message>
        <source>Front axle limit (7.1), kg:</source>
        <translation>Front axle limit (7.1), kg:</translation>
    </message>
    <message>
        <source>Rear axle limit (7.2), kg:</source>
        <translation>Rear axle limit (7.2), kg:</translation>
    </message>
    <message>
        <source>Unladen front axle load (weighed), kg:</source>
        <translation>Unladen front axle load (weighed), kg:</translation>
    </message>
    <message>
        <source>Original power (P.2), kW:</source>
        <translation>Original power (P.2), kW:</translation>
    </message>
    <message>
        <source>Renault's technical agreement is on file (waives the 5-year age limit, FR-04)</source>
        <translation>Renault's technical agreement is on file (waives the 5-year age limit, FR-04)</translation>
    </message>
    <message>
        <source>17 characters, no I, O or Q; Renault VINs start with VF1</source>
        <translation>17 characters, no I, O or Q; Renault VINs start with VF1</translation>
    </message>
    <message>
        <source>Empty fields use the catalog value shown in grey. Enter the figures of this van's registration certificate or weighbridge ticket: they replace the catalog's, which are often representative values (R).</source>
        <translation>Empty fields use the catalog value shown in grey. Enter the figures of this van's registration certificate or weighbridge ticket: they replace the catalog's, which are often representative values (R).</translation>
    </message>
    <message>
        <source>catalog: %1 (%2)</source>
        <translation>catalog: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Pick the variant</source>
        <translation>Pick the variant</translation>
    </message>
    <message>
        <source>&amp;Pick in the catalog by generation, body, length, height, GVW, drive, engine…</source>
        <translation>&amp;Pick in the catalog by generation, body, length, height, GVW, drive, engine…</translation>
    </message>
</context>
</TS>