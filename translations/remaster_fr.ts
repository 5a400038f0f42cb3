<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogCommand</name>
    <message>
        <source>catalog needs a subcommand: list, show, sources, validate, import, duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown catalog subcommand &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generation accepts master-3 or master-4, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body accepts panel-van, chassis-cab or platform-cab, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gvw accepts a mass in kg between 1 and 10000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--drive accepts fwd or rwd, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rear-wheels accepts single or twin, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown list &apos;%1&apos; (accepted: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>catalog show needs exactly one entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no catalog entry &apos;%1&apos; (see: remaster-cli catalog list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, edited by a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: A manufacturer/concordant, B one reputable source, C weak source, E derived by ReMaster, R representative value (override from the registration certificate or a weighbridge ticket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog validate needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 valid entries, %3 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog import needs one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--label needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog duplicate needs an entry id and a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogJsonReader</name>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has characters that are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown value &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {from, to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a year or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of text strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {value, unit, source, confidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a unit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: every figure needs a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in the file&apos;s source list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a confidence mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a length code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a height code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an engine of this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id and name are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;remaster-catalog&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported &apos;format_version&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;catalog&apos; must be &quot;vehicles&quot; or &quot;components&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;catalog_version&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;entries&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source needs an id and a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used by another entry of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a component kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPresenter</name>
    <message>
        <source>Removed part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A — manufacturer or concordant sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B — one reputable source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C — weak or conflicting source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E — derived by ReMaster (calculation in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R — representative value, not this vehicle&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear-wheel drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-board AC charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC fast-charge inlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roof height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rear wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesel engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gearbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross vehicle weight (F.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissible front axle load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissible rear axle load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unladen front axle load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load-space centre behind front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontal area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag coefficient Cd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling-resistance coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tyre rolling radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position behind front axle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel (P.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC voltage, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC voltage, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous phase current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum input torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum input speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells in series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum discharge current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum charge current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output voltage, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output voltage, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input voltage, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input voltage, maximum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>database catalog &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown catalog &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry &apos;%1&apos; already exists; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no catalog entry &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engines cannot be duplicated; duplicate a vehicle variant instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries you added can be deleted; &apos;%1&apos; is not one of them.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: bundled catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster %1
Database: %2 (schema %3)
Vehicle catalog: %4
Component catalog: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite integrity check: %2). It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a schema upgrade but is read-only on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer ReMaster (schema %1; this version knows up to %2). It is open read-only; update ReMaster to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only on disk; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup copy before upgrading %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 failed: %2. The database was left at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km, %2 s, max %3 km/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accepted in a design: &quot;wltc-auto&quot; (the class the regulation assigns) and a path to a CSV file with columns time_s,speed_kmh[,grade_percent].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate needs one design file (see: remaster-cli example-design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be evaluated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order: %1 kg → %2 kg (%3 %), removed %4 kg, kit %5 kg, GVW %6 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WLTC class %1 (PMR %2 W/kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power window (FR-07, %1): %2 kW of %3 kW = %4 % (65–100 %): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: margin %2 %: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  top speed %1 km/h, 0–%2 km/h in %3 s, ratio %4 (feasible %5 … %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery: %1 × %2 modules, %3–%4 V (inverter %5–%6 V: %7), %8 kWh usable of %9 kWh, %10 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peak discharge %1 kW (%2), regen %3 kW (%4), AC charge 10→80 % in %5 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, DC in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle                          Payload   Test mass  Wh/km  Wh/km(plug)  Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (could not follow the trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignJson</name>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a confidence mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number (%1) or {value, source, confidence, note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs f0_n, f1_n_per_kmh, f2_n_per_kmh2 and reference_mass_kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs power_kw and current_limit_a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of cycle ids or .csv paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a power basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;remaster-design&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not supported by this ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Master III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chassis cab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform cab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FWD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RWD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single rear wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twin rear wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, twin rear wheels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traction motors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction gears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC-DC converters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-board AC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC inlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::AboutDialog</name>
    <message>
        <source>About ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;ReMaster %1&lt;/h2&gt;&lt;p&gt;Engineering workstation for converting diesel Renault Master vans to battery-electric.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vehicle catalog&lt;/b&gt; %1: %2 variants, %3 diesel engines.&lt;br&gt;&lt;b&gt;Component catalog&lt;/b&gt; %4: %5 components.&lt;br&gt;&lt;b&gt;Database&lt;/b&gt;: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data sources.&lt;/b&gt; Every catalog figure carries its source and a confidence mark: A manufacturer document or concordant sources, B one reputable source, C weak or conflicting source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, drag coefficients and removed-part masses of the Master are largely unpublished: their representative values must be overridden from the vehicle&apos;s registration certificate or a weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA (UDDS, HWFET), CADC/Artemis and VECTO delivery missions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval authority and its technical service have the last word.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::CatalogEntryEditor</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the figures of the real vehicle or part (registration certificate, weighbridge ticket, datasheet) and name their source. Confidence: A, B, C published; E derived by you; R representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentBrowser</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::ComponentTableModel</name>
    <message>
        <source>Motor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak phase current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction gear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. input torque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DC-DC converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::EntryDetailsView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 N·m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::MainWindow</name>
    <message>
        <source>ReMaster — Renault Master EV retrofit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omponents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renault Master variants and their diesel engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motors, inverters, gears, battery modules, chargers and DC-DC converters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import catalog file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected entry with the real vehicle&apos;s or part&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected entry as a new entry of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete my entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReMaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles %1 · %2 variants   Components %3 · %4 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved; later catalog updates will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier of the new entry (a-z, 0-9, -):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your entry %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster catalog (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReMaster database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantBrowser</name>
    <message>
        <source>Which Master is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the variant&apos;s name or identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roof height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;VW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross vehicle weight, field F.1 of the registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original diesel engine, field P.2 (kW) of the registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 kW, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 variants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>remaster::ui::VariantTableModel</name>
    <message>
        <source>Representative value, not this vehicle&apos;s own: enter field G of the registration certificate or a weighbridge figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GVW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass in running order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
