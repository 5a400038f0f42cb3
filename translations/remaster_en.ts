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