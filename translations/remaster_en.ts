<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>malformed JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>'format' must be "remaster-catalog"</source>
        <translation>'format' must be "remaster-catalog"</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>unsupported 'format_version'</translation>
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
        <source>--db needs a file path</source>
        <translation>--db needs a file path</translation>
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
  version                      program, schema and catalog versions

Options:
  --db PATH       database file (default: %1)
  --json          machine-readable output; field names carry their unit
  --ui-lang LANG  language of messages (en or fr)

Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,
4 database error.
</source>
        <translation>Usage: remaster-cli [--db PATH] [--ui-lang en|fr] COMMAND [ARGS] [--json]

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
  version                      program, schema and catalog versions

Options:
  --db PATH       database file (default: %1)
  --json          machine-readable output; field names carry their unit
  --ui-lang LANG  language of messages (en or fr)

Exit status: 0 ok, 1 a check failed, 2 usage error, 3 bad input or unknown id,
4 database error.
</translation>
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>malformed JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
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
        <source>%1 kW</source>
        <translation>%1 kW</translation>
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
        <source>malformed JSON at byte %1: %2</source>
        <translation>malformed JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>'format' must be "remaster-ruleset"</source>
        <translation>'format' must be "remaster-ruleset"</translation>
    </message>
    <message>
        <source>unsupported 'format_version'</source>
        <translation>unsupported 'format_version'</translation>
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
  sheet export-csv [--bom NUMBER] --out FILE   the sheet list, or one sheet's BOM, as CSV
  sheet verify                        recompute every hash; exit 1 when a sheet was altered
</source>
        <translation>  sheet new DESIGN.json [--customer NAME] [--notes TEXT]   a new draft build sheet; prints its number
  sheet list [--status draft|in-review|approved|built|archived] [--search TEXT]
             [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  sheet show NUMBER [--revision N]
  sheet submit|approve|build|archive|reject NUMBER --name NAME
             [--role engineer|workshop-lead|homologation]
  sheet export NUMBER... --out FILE   sheets with every revision and hash (JSON)
  sheet import FILE                   add the sheets of an export (all or nothing)
  sheet export-csv [--bom NUMBER] --out FILE   the sheet list, or one sheet's BOM, as CSV
  sheet verify                        recompute every hash; exit 1 when a sheet was altered
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 needs a value</translation>
    </message>
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
        <translation><numerusform>%n sheet(s)</numerusform><numerusform>%n sheet(s)</numerusform></translation>
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
        <translation><numerusform>Exported %n sheet(s) to %1</numerusform><numerusform>Exported %n sheet(s) to %1</numerusform></translation>
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
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;/p&gt;</translation>
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
        <translation>ReMaster — Renault Master EV retrofit</translation>
    </message>
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
        <source>%1 %2 (%3 kW, %4)</source>
        <translation>%1 %2 (%3 kW, %4)</translation>
    </message>
    <message>
        <source>%1 of %2 variants</source>
        <translation>%1 of %2 variants</translation>
    </message>
    <message>
        <source>Roof &amp;height:</source>
        <translation>Roof &amp;height:</translation>
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
</TS>