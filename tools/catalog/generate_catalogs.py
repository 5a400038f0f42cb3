#!/usr/bin/env python3
"""Generate the ReMaster seed catalogs and the drive-cycle manifest.

Writes (relative to the repository root):
  resources/catalog/vehicles.json    catalog "vehicles"   (docs/catalog-format.md)
  resources/catalog/components.json  catalog "components" (docs/catalog-format.md)
  resources/cycles/cycles.json       manifest of resources/cycles/*.csv

Everything comes from the compact tables in this file, so the derivation rules can be reviewed
in one place. Published figures come from shared/data/master-reference.md,
shared/data/components-reference.md and shared/data/typical-parameters.md, with the
confidence mark given there (A, B, C). Our own arithmetic is marked E (the note shows the
calculation); representative values are marked R (the note says what they are based on).

Before writing, the output is validated against docs/catalog-format.md (source ids, units,
ranges, cross-field rules, ids). Any failure aborts with exit status 1 and nothing is written.

Usage:  python3 tools/catalog/generate_catalogs.py [--check]
        --check  validate and compare with the files on disk, write nothing
                 (exit 1 if they differ)

Standard library only. Output is deterministic (sorted keys, 2-space indent, UTF-8).
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOG_VERSION = "2026.12.0"
HP_TO_KW = 0.73549875          # 1 hp (PS, metric horsepower) in kW
DIESEL_DENSITY = 0.835         # kg/L, middle of the EN 590 window 0.820-0.845 kg/L at 15 degC
ADBLUE_DENSITY = 1.09          # kg/L, ISO 22241-1: 1.087-1.093 kg/L at 20 degC
FIELD_G_FUEL_FILL = 0.90       # mass in running order counts the fuel tank at 90 %
FRONTAL_AREA_FACTOR = 0.85     # A = 0.85 x width x height (typical-parameters.md, fastsim #300)
DYNAMIC_RADIUS_FACTOR = 0.97   # loaded/dynamic rolling radius ~ 0.97 x unloaded geometric radius

REP = "remaster-representative"


def fmt(x, nd=0):
    """Number with thousands separators for notes (1886 -> '1,886')."""
    return f"{x:,.{nd}f}"


def q(value, unit, source, confidence, note=None):
    """A sourced value as defined in docs/catalog-format.md."""
    out = {"value": value, "unit": unit, "source": source, "confidence": confidence}
    if note:
        out["note"] = note
    return out


def rep(value, unit, note):
    """Representative value (R) by the ReMaster team."""
    return q(value, unit, REP, "R", note)


# =============================================================================================
# Sources
# =============================================================================================
# id -> (citation exactly as written in the shared reference documents, note)

VEHICLE_SOURCES = {
    REP: ("ReMaster engineering team, representative values",
          "Representative values are engineering estimates by the ReMaster team where no published "
          "figure exists (confidence R; each note says what the value is based on). Override them "
          "with the converted vehicle's own figures: registration certificate fields G (mass in "
          "running order), F.1 (technically permissible maximum mass), 7.1 / 7.2 (maximum axle "
          "loads front / rear) and the tyre sizes, or a weighbridge ticket per axle."),
    "essai-automobile-2010": ("essai-automobile.com/renault/1110-renault-master-l1h1-f3300-2300d.html",
                              "L1H1 F3300 dCi 125 test van (2010): 5,048 x 2,070 x 2,287 mm, 1,886 kg, 105 L tank"),
    "vadoetornoweb": ("vadoetornoweb.com/renault-master-ze-dai-che-si-puo-fare",
                      "Master III lengths, wheelbases and heights (body dimensions only)"),
    "motor-inside-2012": ("motor-inside.com/2012/07/01/300-km-im-opel-movano-b-kastenwagen/",
                          "Movano B L3H2: 6,198 mm long, about 2.49 m high, 2,470 mm over the mirrors"),
    "pressreader-au-2014": ("pressreader.com/australia/herald-sun-motoring/20140314/281741267358583",
                            "L1H1 500 mm shorter and 195 mm lower than the next size; L1H1 payload 1,600 kg"),
    "carsguide-l1h1": ("carsguide.com.au/car-news/renault-introduces-master-l1h1-van-28264",
                       "Master L1H1 FWD 3.5 t, 110 kW / 350 Nm, payload 1,600 kg (Australia, 2014)"),
    "wallbox-vergleich-vehicle": ("ari-motors-team/wallbox-vergleich.info content/vehicles/de/renault-master-e-tech.md",
                                  "2019 body: L1 5,075 mm, wheelbase 3,182 mm, width 2,070 mm (body dimensions only)"),
    "wallbox-vergleich-review": ("ari-motors-team/wallbox-vergleich.info content/carsreview/en/renault-master-e-tech-testbericht-von-elektrotransporter-vergleich.md",
                                 "2019 body: lengths 5.08 / 5.58 / 6.27 m, heights 2.31 / 2.50 m; platform cab L2/L3 (body dimensions only)"),
    "sdwa5-movano-l4h3": ("SdWa5/3d specs/vehicles/opel-movano-l4h3.yaml",
                          "Transcribed registration document of one Opel Movano B L4H3 RWD 3.5 t, first registered 2016: "
                          "G 2,476 kg, 7.1/7.2 1,850/2,300 kg, length 6,848 mm, width 2,070 mm, height 2,792-2,808 mm, load bay 4,383 mm"),
    "billiet-cadart-l3h2": ("billiet-cadart/van docs/dimensions-l3h2.md",
                            "Quotes the Renault Morocco Master brochure of July 2023 (cdn.group.renault.com/ren/ma/ebrochure-2023/master/ct-mobile-master-21072023.pdf): "
                            "L3H2 FWD 3.5 t 2,066 kg, 6,225 = 869 + 4,332 + 1,024 mm, height 2,488 mm, load length 3,733 mm"),
    "whatvan-analysis": ("whatvan.co.uk/analysis/vauxhall/",
                         "RWD Movanos typically about 164 kg heavier than FWD ones (2010 interview)"),
    "whatvan-review": ("whatvan.co.uk/van-reviews/vauxhall-movano-1/",
                       "Movano B range: L1/L2 FWD only, L3 FWD or RWD, L4 RWD only; GVW 2.8-4.5 t; payloads 994-2,254 kg"),
    "whatvan-first-drive-2010": ("whatvan.co.uk/test-drives/first-drive/2010/vauxhall-movano",
                                 "2010 Movano L2H2 FWD 3.5 t test van on 225/65 R16C; dCi 100 torque 285 Nm"),
    "whatvan-buyers-guide": ("whatvan.co.uk/buyers-guides/buying-a-used-vauxhall-movano/",
                             "Twin rear wheels standard on RWD 4.5 t, optional at 3.5 t"),
    "whatvan-road-test": ("whatvan.co.uk/test-drives/the-whatvan-road-test/the-what-van-road-test-vauxhall-movano",
                          "2014 engine update (single and twin-turbo outputs)"),
    "lebatimentartisanal": ("lebatimentartisanal.com/solutrans-environnement-ecologie-transport-utilitaires-voiture/",
                            "FWD and RWD with single or twin rear wheels; chassis-cab payload up to 2,495 kg"),
    "carsales-2014": ("carsales.com.au/editorial/details/renault-master-2014-review-43720/",
                      "Australian RWD 4.5 t cab-chassis: overall buildable length L3H1 6,452 mm, L4H1 7,928 mm"),
    "flotauto-2022": ("flotauto.com/renault-master-e-tech-electrique-20220721.html",
                      "Platform cab in L2 and L3; 3.1 t rating (body variants and GVW steps only)"),
    "commercialmotor-2011": ("archive.commercialmotor.com/article/9th-june-2011/41/additional-payload-as-well-as-a-vast-17m-3-capacit",
                             "Vauxhall Movano L4H2 RWD 144 hp road test: payload 1,176 kg"),
    "caradisiac-2010-engine": ("caradisiac.com/Utilitaire-moins-polluant-le-Nouveau-Renault-Master-recoit-le-moteur-Diesel-2-3-dCi-6845.htm",
                               "2.3 dCi M9T outputs at launch (kW)"),
    "wardsauto-2014": ("wardsauto.com/industry/revamped-movano-master-join-european-van-parade",
                       "2014 engine update"),
    "handelsblatt-2018": ("handelsblatt.com/auto/test-technik/renault-master-z-e-dieser-franzose-fuerchtet-kein-fahrverbot/21007356.html",
                          "Smallest diesel 81 kW / 110 PS (diesel output only)"),
    "vehiculesutilitairesmag": ("vehiculesutilitairesmag.com/news-101-le-master-met-le-double-turbo-.html",
                                "Energy dCi 135 and 165 twin-turbo (2014)"),
    "lifepr-2015": ("lifepr.de/pressemitteilung/opel-automobile-gmbh/umweltengel-der-opel-movano-ist-der-green-van-2015/boxid/538607",
                    "Opel Movano BiTurbo 120 kW / 163 PS"),
    "rdw-file-71026304861": ("search-tool file id 71026304861",
                             "Dutch RDW registration data: dCi 130 96 kW (2017), dCi 145 107 kW (2019-2022), 2,299 cm3"),
    "forum-chantiers": ("forum-chantiers.com/machines-equipements/renault-rajeunit-ses-fourgons/",
                        "2019 facelift outputs quoted as 135 / 160 / 180 ch (conflicting, partly wrong article)"),
    "motortrends": ("motortrends.net/news/renault-master-spied-less-camo-gas-engine",
                    "2019 facelift top output 180 hp"),
    "moteurnature": ("moteurnature.com/32248-renault-master-l-aerodynamisme-va-t-il-suffire",
                     "Master IV: Blue dCi M9R, 105/130/150/170 hp"),
    "motor1-2024": ("fr.motor1.com/news/697470/renault-master-vehicule-multi-energie/",
                    "Master IV outputs; load length +100 mm, shorter wheelbase; SCx -20 %"),
    "caradisiac-master4-road": ("mozart-commons.caradisiac.com/renault-master-sur-la-route-confort-et-performances-209185.htm",
                                "Master IV L3H2 6.31 m; 170 hp 380 Nm at 1,500 rpm"),
    "caradisiac-master4-aero": ("caradisiac.com/le-renault-master-maitre-des-grands-en-electrique-et-thermique-209180.htm",
                                "Master IV SCx (Cd x A) more than 20 % lower than Master III (no absolute figure)"),
    "delo-si": ("delo.si/magazin/avtomobilno/ko-je-kombi-res-cisto-nov/",
                "Master IV diesel power range 78-127 kW"),
    "wiki-fr-master4": ("fr.m.wikipedia.org/wiki/Renault_Master_IV",
                        "Master IV: one unnamed version 5,680 mm long, 2,503 mm high; M9R engine; FWD and RWD"),
    "nouvelles-du-monde": ("nouvelles-du-monde.com/renault-master-2024-plus-technologique-et-performant",
                           "Master IV up to 4 t GVW"),
    "autodocbox-x62-guideline": ("autodocbox.com/Auto_Parts/66129906-Conversion-guideline-new-movano-x62.html",
                                 "Opel Movano X62 conversion guideline (April 2010): gearbox PF 6 (FWD), ZF (RWD); two RWD rear axles (3.5 t single, 4.5 t twin)"),
    "caradisiac-user-review": ("user-review-react.caradisiac.com/commentaires/Nouveau-Renault-Master-1ere-impressions-55928.htm",
                               "FWD gearbox of Renault origin; RWD uses a ZF gearbox"),
    "wohnwagen-lange": ("wohnwagen-lange.de/index.php/8-informationen/3-das-richtige-gewicht",
                        "Definition of the mass in running order (field G): fuel tank 90 %, other fluids 100 %, 75 kg driver"),
    "en590-wikipedia": ("en.wikipedia.org/wiki/EN_590",
                        "EN 590 diesel density 820-845 kg/m3 at 15 degC"),
    "adblue-iso22241": ("jupiter.ee/en/services/adblue/iso-standarts",
                        "AUS 32 density 1,087-1,093 kg/m3 at 20 degC (ISO 22241-1)"),
    "fastsim-issue-300": ("NatLabRockies/fastsim #300",
                          "Proposes frontal area A = 85 % x width x height"),
    "civilengineeringhandbook-cd": ("civilengineeringhandbook.tk/vehicle-technology/1424drag-coefficient.html",
                                    "Textbook drag-coefficient range for a light van: 0.35-0.5 (not Master-specific)"),
    "eu-tyre-label": ("legislation.gov.uk/eur/2009/1222/annex/I/part/1/2020-01-31",
                      "EU tyre label rolling-resistance classes for C2 (van) tyres: class C 6.8-8.0 kg/t"),
    "tyre-load-index": ("boosttown.com/wheels_tyres/tyre_load_index.php",
                        "Tyre load index to maximum load per tyre"),
}

COMPONENT_SOURCES = {
    REP: ("ReMaster engineering team, representative values",
          "Representative values are engineering estimates by the ReMaster team where no published "
          "figure exists (confidence R; each note says what the value is based on). Replace them "
          "with the datasheet of the part you buy or with your own measurement (module capacity "
          "test, internal resistance, weighing)."),
    "paultan-2014": ("paultan.org/2014/12/16/renault-zoe-get-smaller-improved-electric-motor/",
                     "Renault R240 65 kW / 220 Nm, wound rotor, built in Cleon"),
    "km77-zoe": ("km77.com/coches/renault/zoe/2012/5-puertas/informacion/renault-zoe-2013-informacion-tecnica",
                 "ZOE motors: Q210 holds maximum power from 3,000 to 11,000 rpm; R90 92 CV"),
    "renault-eel-motor": ("easyelectriclife.groupe.renault.com/en/outlook/technology/the-renault-zoe-motor-energy-efficiency-and-power/",
                          "Renault R110 80 kW / 225 Nm; R135 100 kW / 245 Nm"),
    "renault-eel-r135": ("easyelectriclife.groupe.renault.com/en/expert-view/new-zoe-a-motor-that-combines-power-and-versatility/",
                         "R135: inverter current 280 A (R110: 230 A)"),
    "fastsim-zoe": ("NREL/fastsim python/fastsim/resources/vehdb/2022_Renault_Zoe_ZE50_R135.csv",
                    "FASTSim Zoe ZE50 R135 model: drivetrain efficiency 0.92, charger efficiency 0.86, battery round trip 0.97"),
    "fastsim-class4": ("NREL/fastsim python/fastsim/resources/vehdb/Class_4_Box_Truck.yaml",
                       "FASTSim Class 4 box truck: drivetrain efficiency 0.94, motor map peak 0.93"),
    "ovem-gear-loss": ("Constancellc/OVEM component_efficiency_3.m",
                       "ADVISOR-derived gear loss coefficients: mesh 0.02, bearings 0.005, seal 0.00103"),
    "fastsim-prius": ("docs.rs/crate/fastsim-core/1.0.4/source/src/vehicle/fastsim-2_2016_TOYOTA_Prius_Two.yaml",
                      "Motor + controller efficiency map, peak 0.94"),
    "breezcar-r75": ("breezcar.com/actualites/article/renault-master-electrique-contrefeux-dieselgate-0117",
                     "Master Z.E. R75 motor 57 kW (76 ch)"),
    "welt-master-ze": ("welt.de/motor/news/article161147358/Renault-Master-ZE.html",
                       "Master Z.E. 57 kW"),
    "wallbox-vergleich-review": ("ari-motors-team/wallbox-vergleich.info content/carsreview/en/renault-master-e-tech-testbericht-von-elektrotransporter-vergleich.md",
                                 "Master Z.E. / E-Tech 225 Nm (one source)"),
    "flotauto-kangoo-etech": ("flotauto.com/renault-kangoo-van-e-tech-20211104.html",
                              "Kangoo E-Tech 90 kW / 245 Nm motor, shared with Megane E-Tech"),
    "dieselnews-r60": ("dieselnews.com.au/improved-electric-power-technology/",
                       "Kangoo Z.E. 33 R60 44 kW / 225 Nm"),
    "wardsauto-leaf": ("wardsauto.com/news-analysis/nissans-80kw-synchronous-electric-motor-love-leaf",
                       "Nissan Leaf EM61 80 kW / 280 Nm; 3.3 kW charger (2011)"),
    "livingleaf": ("livingleaf.info/2010/11/nissan-leaf-electric-motor-and-transmission/",
                   "Leaf EM61 10,390 rpm maximum, reduction 7.9377:1"),
    "sacarfan-em57": ("sacarfan.co.za/2012/11/nissan-leaf-ev-gets-2013-updates",
                      "EM57 (2013): 80 kW, motor 30 % smaller and 10 % lighter"),
    "nissanexpert-em57": ("nissanexpert.org/articles/m/mo/moshchnost-dvigatelya-nissan-lif.html",
                          "EM57 torque 254 Nm"),
    "indianautosblog-leaf2018": ("indianautosblog.com/2018-nissan-leaf-enters-production-europe-p293947",
                                 "Leaf 2018 EM57 110 kW from 3,283 to 9,795 rpm, 320 Nm"),
    "carbuyer-leaf-eplus": ("carbuyer.co.uk/nissan/leaf/162157/nissan-leaf-hatchback-review/performance",
                            "Leaf e+ 160 kW"),
    "hagerty-twin-leaf": ("hagerty.com/media/news/twin-motor-awd-nissan-leaf",
                          "Twin-EM57 test car 680 Nm in total"),
    "openinverter-ldu": ("openinverter.org/wiki/index.php?title=Tesla_Model_S/X_Large_Drive_Unit_(%22LDU%22)",
                         "Tesla LDU (revision 5700): 335-475 kW, 450-650 Nm, 18,000 rpm, 240-404 V DC, 132 kg complete, 9.73:1"),
    "turbo-electric-ldu": ("turbo-electric.org/teslaresearch.html",
                           "Original LDU motor designed for ~300 V, limited to about 250 kW (~800 A)"),
    "teslarati-m3": ("teslarati.com/tesla-model-3-drivetrain-design-elon-musk-master-plan",
                     "Tesla Model 3 rear drive unit 211 kW (Long Range RWD), permanent-magnet motor"),
    "hvh250-model-file": ("search-tool file id 27802801199",
                          "Simulation initialisation file (2013), BorgWarner/Remy HVH250-090 SOM: 162 kW / 335 Nm peak, 116 kW / 225 Nm continuous, 12,000 rpm"),
    "engineerlive-hvh": ("engineerlive.com/content/emotors-automotive-drivetrains",
                         "HVH family peak efficiency greater than 97 %"),
    "motortrader-kona": ("motortrader.com.my/news/hyundai-kona-electric-can-go-up-to-400-kms-on-full-charge/",
                         "Kona Electric 64 kWh: 150 kW / 395 Nm, 7.981:1, 356 V"),
    "drivesouth-kona": ("drivesouth.co.nz/news/details/hyundai-kona-electric-a-total-power-trip-1286",
                        "Kona Electric 150 kW / 395 Nm"),
    "jalopnik-hpd": ("jalopnik.com/show-us-what-youd-put-this-107hp-electric-crate-motor-i-1843713711",
                     "Swindon HPD E: 80 kW, 136 Nm, 97 % efficiency, ~10,500 rpm, motor plus reducer 50 kg"),
    "cm200-notes": ("search-tool file id 49111619223",
                    "A team's hardware notes on the Cascadia CM200 (DX inferred): 50-480 V, 300/740 A rms, 225 kW, 6.75 kg"),
    "sevcon-size8-page": ("3.84.226.221/sevcon-gen4-size-8-manual",
                          "Sevcon Gen4 Size 8 ratings (auto-generated page, unverified)"),
    "sevcon-gen4-manual": ("easymanua.ls/sevcon/gen4/manual?p=46",
                           "Gen4 applications manual: no cutback from 70 % to 120 % of nominal battery voltage"),
    "technion-characterization": ("TechnionAVFormula/Hardware_Algo ElectricPropulsion/Characterization.md",
                                  "Sevcon Gen4 Size 10 and Unitek BAMOCAR-PG-D3-700-400 ratings"),
    "diyelectriccar-leaf-inverter": ("diyelectriccar.com/threads/increasing-my-nissan-leaf-performance.199791/",
                                     "Leaf inverter minimum voltage 240 V (Nissan fault codes)"),
    "openinverter-leaf-gen3": ("openinverter.org/wiki/Nissan_Leaf_Gen_3_%282018_up_EM57%29",
                               "2018+ Leaf 110 kW / 160 kW inverter stacks; openinverter adapter board"),
    "isopack-leaf": ("isopack.blogspot.com/2017/10/2013-second-generation-nissan-leaf.html",
                     "2013 Leaf teardown: reducer 'a little over 8:1'; 1,088 uF 600 V DC-link capacitor"),
    "adandp-egeardrive": ("adandp.media/articles/borgwarner-electrifies-transmissions",
                          "BorgWarner eGearDrive 31-02: 18 kg, 7,500 rpm, 210 Nm maximum input"),
    "autodocbox-x62-guideline": ("autodocbox.com/Auto_Parts/66129906-Conversion-guideline-new-movano-x62.html",
                                 "Opel Movano X62 conversion guideline (April 2010): FWD manual gearbox PF 6"),
    "caradisiac-2010-engine": ("caradisiac.com/Utilitaire-moins-polluant-le-Nouveau-Renault-Master-recoit-le-moteur-Diesel-2-3-dCi-6845.htm",
                               "Master III dCi 150: 110 kW (with 350 Nm from carsguide / commercialmotor)"),
    "battery-emulator": ("dalathegreat/Battery-Emulator Software/src/battery/",
                         "Open-source Battery-Emulator firmware, snapshot 62532e9 (2026-08-21): pack and cell emergency limits in "
                         "RENAULT-ZOE-GEN1/-GEN2, RENAULT-KANGOO, NISSAN-LEAF, TESLA-LEGACY, BMW-I3, MEB, BOLT-AMPERA, KIA-HYUNDAI-64 "
                         "*-BATTERY.h/.cpp. Emergency limits, not datasheet ratings"),
    "batterydesign-ze40": ("batterydesign.net/2016-renault-zoe-ze-40/",
                           "ZOE ZE40: 12 modules 8s2p, 96s2p, 345.6 V, 45.3 kWh, 305 kg, 80 kW for 10 s"),
    "pushevs-ze40": ("razonyang/pushevs.com content/posts/2019-02-10-renault-zoe-ze-40-full-battery-specs.md",
                     "LG Chem E63 cell: 65.6 Ah, 3.6 V, 4.2 V charge, 325 x 125 x 11.5 mm, 964.9 g"),
    "pushevs-ze50": ("razonyang/pushevs.com content/posts/2020-05-14-new-generation-renault-zoe-battery-details.md",
                     "ZOE ZE50: LG Chem E78 cell 78 Ah, 3.65 V, 285 Wh, 1,073 g; pack 96s2p 54.66 kWh 326 kg"),
    "selioni-kangoo": ("selioni.com/blog/tag:batteries",
                       "Kangoo Z.E. 33 / Master Z.E. pack: 36 kWh gross, 33 kWh usable, main fuse 275 A"),
    "automobile-propre-kangoo33": ("automobile-propre.com/batterie-33-kwh-nouveau-renault-kangoo-electrique/",
                                   "Kangoo Z.E. 33: same pack dimensions as the 22 kWh pack; 7 kW AC charger"),
    "leblogauto-kangoo22": ("leblogauto.com/actualites/actualite/essai-renault-z-e-kangoo-z-e-lelectrique-utile-3-3",
                            "Kangoo Z.E. 22 kWh pack: 400 V, 260 kg"),
    "note-iwa30-leaf": ("note.com./iwa_30/n/n4c125fff491a",
                        "Nissan Leaf modules: 24 kWh 2s2p 303 x 223 x 35 mm 3.8 kg; 40 kWh 4s2p 300 x 222 x 68 mm 8.7 kg; cells"),
    "mobility-lk-leaf": ("mobility.lk/2021/07/29/leaf-24-kwh-battery/",
                         "Leaf 24 kWh: 48 modules, module voltage 7.5 V"),
    "pushevs-leaf": ("razonyang/pushevs.com content/posts/2018-01-29-2018-nissan-leaf-battery-real-specs.md",
                     "Leaf cells: 32.5 Ah 3.75 V (24 kWh); 56.3 Ah 3.65 V (40 kWh)"),
    "pushevs-specs": ("razonyang/pushevs.com content/pages/ev-battery-specs.md.bk",
                      "EV battery specification table (Leaf ZE1, BMW i3, Kona, Leaf e+)"),
    "nissanexpert-leaf-cell": ("nissanexpert.org/articles/a/ak/akkumulyator-iz-elementov-nissan-leef.html",
                               "Leaf cell: up to 2C discharge, 1C recommended"),
    "mynissanleaf-sag": ("mynissanleaf.com/viewtopic.php?p=454357",
                         "Forum statement: Leaf 24 kWh pack ~44 V droop at 600 A"),
    "evtv-tesla": ("evtv.me/wiki/model-s-modules/",
                   "Tesla Model S module: 6s74p, 21.6 V, 233 Ah, 5,032 Wh, 685 x 300 x 75 mm, 25.6 kg, 2.8-4.2 V cells, 450 A fuse, 1,200 A brief"),
    "pushevs-sdi94": ("razonyang/pushevs.com content/posts/2018-04-05-samsung-sdi-94-ah-battery-cell-full-specifications.md",
                      "Samsung SDI 94 Ah cell: 3.68 V, 350 Wh, 2.01 kg, 173 x 125 x 45 mm"),
    "batterydesign-i3": ("batterydesign.net/bmw-i3/",
                         "BMW i3 packs: 8 modules of 12 cells, 96s1p"),
    "vw-newsroom-egolf": ("volkswagen-newsroom.com/en/international-driving-presentation-of-the-new-e-golf-2858/lithium-ion-battery-2871",
                          "e-Golf 24.2 kWh: 264 cells in 27 modules of 6 or 12 cells, 323 V"),
    "pushevs-vw-2016": ("pushevs.com/2016/09/13/volkswagens-strategy-for-batteries/",
                        "e-Golf 25 Ah cell: 3.667 V, 724 g, 147 x 90 x 25 mm"),
    "vwtechworld-37ah": ("volkswagentechworld.blogspot.com/2019/06/volkswagen-replaces-its-battery-cell.html",
                         "e-Golf 35.8 kWh: Samsung SDI 37 Ah drop-in cell"),
    "pushevs-meb": ("razonyang/pushevs.com content/posts/2020-05-13-volkswagen-meb-details.md",
                    "MEB: 24 cells per module, LG Chem E78 cells; 8 modules 96s2p (55 kWh)"),
    "allev-bolt": ("allev.info/2023/12/chevy-bolt-ev-battery-disassembly/",
                   "Bolt EV pack: 10 modules, eight 3p10s and two 3p8s; cells ~55/60 Ah, 3.65 V, 4.167 V max"),
    "palmcomputer-bolt": ("palmcomputer.org/post-bolt-ev-battery-system-technology-2458.html",
                          "Bolt pack 3P96S, 350 V, 150 kW"),
    "carsadvisor-bolt": ("carsadvisor.net/chevrolet-bolt-could-be-delayed-by-its-batteries/",
                         "Bolt pack 435 kg"),
    "tc-charger-manual": ("manualsee.com/blog/htCOzB8v0.html",
                          "TC Charger HK-LF-312-20 / HK-LF-540-14 6.6 kW IP67 on-board charger"),
    "tesla-charger-repo": ("damienmaguire/Tesla-Charger README.md",
                           "Tesla Model S/X Gen2 '10 kW' charger, three phase modules; one module 8.5 A at 320 V DC from 15.5 A at 230 V AC"),
    "tesla-obc-support": ("tesla.com/en_GB/support/home-charging-installation/onboard-charger",
                          "Current Tesla on-board charger: 7.4 kW single-phase, 11 kW three-phase"),
    "whamre-nissan": ("whamre/finn_riktig_ladekabel_2.0 scripts/data/brands/nissan.js",
                      "Leaf / e-NV200 charger options 3.6 kW or 6.6 kW"),
    "openinverter-outlander": ("openinverter.org/wiki/index.php?title=Mitsubishi_Outlander_DCDC_OBC",
                               "Mitsubishi Outlander PHEV charger + DC-DC (revision 6130): CAN-controlled 3.3-3.7 kW charger, W005T70271 / W005T70272"),
    "openinverter-tesla-dcdc": ("openinverter.org/wiki/Tesla_Model_S/X_DC/DC_Converter",
                                "Tesla Model S/X Gen2 DC-DC: 13.5 V failsafe output, 14 V on CAN request"),
}


# =============================================================================================
# Vehicles: engines
# =============================================================================================

def hp_power(hp, source, conf_note):
    kw = round(hp * HP_TO_KW, 2)
    return q(kw, "kW", source, "E",
             f"{hp} hp x 0.73549875 kW/hp = {kw} kW; only the hp label is published ({conf_note})")


# (id, label, code, generation, from, to, power, torque or None)
ENGINES = [
    ("m9t-dci100-2010", "dCi 100", "M9T", "master-3", 2010, 2014,
     q(75, "kW", "caradisiac-2010-engine", "A", "Fixed-geometry turbo; peak power at 3,500 rpm (whatvan.co.uk first drive 2010)"),
     q(285, "N.m", "whatvan-first-drive-2010", "A", "At 1,250-2,000 rpm")),
    ("m9t-dci125-2010", "dCi 125", "M9T", "master-3", 2010, 2014,
     q(92, "kW", "caradisiac-2010-engine", "A", "Fixed-geometry turbo"),
     q(310, "N.m", "essai-automobile-2010", "A", "At 1,250 rpm")),
    ("m9t-dci150-2010", "dCi 150", "M9T", "master-3", 2010, 2014,
     q(110, "kW", "caradisiac-2010-engine", "A", "Variable-geometry turbo; Vauxhall badges it 144 or 146 hp (carsguide.com.au, commercialmotor 2011)"),
     q(350, "N.m", "carsguide-l1h1", "A", "Also 350 Nm in archive.commercialmotor.com 9 June 2011")),
    ("m9t-dci110-2014", "dCi 110", "M9T", "master-3", 2014, 2019,
     q(81, "kW", "wardsauto-2014", "A", "Single turbo; '81 kW / 110 PS' also in handelsblatt.com (2018) and whatvan.co.uk road test"),
     None),
    ("m9t-dci125-2014", "dCi 125", "M9T", "master-3", 2014, 2019,
     hp_power(125, "wardsauto-2014", "kW not given for the 2014 single-turbo dCi 125; torque not found"),
     None),
    ("m9t-energy-dci135-2014", "Energy dCi 135 (twin turbo)", "M9T", "master-3", 2014, 2019,
     hp_power(135, "vehiculesutilitairesmag", "Opel badges it 136 PS; kW and torque not found"),
     None),
    ("m9t-energy-dci165-2014", "Energy dCi 165 (twin turbo)", "M9T", "master-3", 2014, 2019,
     q(120, "kW", "lifepr-2015", "A", "Opel figure for its 163 PS version of the same engine (Renault label 165)"),
     None),
    ("m9t-dci130-2017", "dCi 130 (Euro 6)", "M9T", "master-3", 2017, 2019,
     q(96, "kW", "rdw-file-71026304861", "C", "From Dutch RDW registration data; torque not found"),
     None),
    ("m9t-dci135-2019", "dCi 135", "M9T", "master-3", 2019, 2024,
     hp_power(135, "forum-chantiers", "2019 outputs 135/160/180 ch are quoted by one article that is partly wrong: conflicting, C"),
     None),
    ("m9t-dci145-2019", "dCi 145", "M9T", "master-3", 2019, 2024,
     q(107, "kW", "rdw-file-71026304861", "C", "RDW types 'MB' (2019) and 'VAL' (2022); assumed available until the end of Master III (2024)"),
     None),
    ("m9t-dci160-2019", "dCi 160", "M9T", "master-3", 2019, 2024,
     hp_power(160, "forum-chantiers", "quoted by one article only, conflicting/incomplete: C"),
     None),
    ("m9t-dci180-2019", "dCi 180", "M9T", "master-3", 2019, 2024,
     hp_power(180, "motortrends", "top output 180 hp per motortrends.net and forum-chantiers.com: B"),
     None),
    ("m9r-bluedci105-2024", "Blue dCi 105", "M9R", "master-4", 2024, None,
     hp_power(105, "moteurnature", "not in every market; delo.si gives the range 78-127 kW"),
     None),
    ("m9r-bluedci130-2024", "Blue dCi 130", "M9R", "master-4", 2024, None,
     hp_power(130, "moteurnature", "torque not found"),
     None),
    ("m9r-bluedci150-2024", "Blue dCi 150", "M9R", "master-4", 2024, None,
     hp_power(150, "moteurnature", "torque not found"),
     None),
    ("m9r-bluedci170-2024", "Blue dCi 170", "M9R", "master-4", 2024, None,
     hp_power(170, "moteurnature", "delo.si gives 127 kW as the top of the range"),
     q(380, "N.m", "caradisiac-master4-road", "B", "At 1,500 rpm")),
]

PHASE_ENGINES = {
    "2010": ["m9t-dci100-2010", "m9t-dci125-2010", "m9t-dci150-2010"],
    "2014": ["m9t-dci110-2014", "m9t-dci125-2014", "m9t-energy-dci135-2014",
             "m9t-energy-dci165-2014", "m9t-dci130-2017"],
    "2019": ["m9t-dci135-2019", "m9t-dci145-2019", "m9t-dci160-2019", "m9t-dci180-2019"],
    "2024": ["m9r-bluedci105-2024", "m9r-bluedci130-2024", "m9r-bluedci150-2024", "m9r-bluedci170-2024"],
}

# phase -> (generation, years from, years to)
PHASES = {
    "2010": ("master-3", 2010, 2014),
    "2014": ("master-3", 2014, 2019),
    "2019": ("master-3", 2019, 2024),
    "2024": ("master-4", 2024, None),
}
GEN_LABEL = {"master-3": "Master III", "master-4": "Master IV"}
BODY_LABEL = {"panel-van": "panel van", "chassis-cab": "chassis cab", "platform-cab": "platform cab"}
BODY_ID = {"panel-van": "van", "chassis-cab": "cc", "platform-cab": "pc"}


# =============================================================================================
# Vehicles: the variant list (not a cartesian product)
# =============================================================================================
# (body, length, height, drive, rear wheels, GVW kg). Chassis and platform cabs use H1 = cab roof.
# Master III: L1/L2 FWD only, L3 FWD or RWD, L4 RWD only (whatvan review, commercialmotor 2011).
# GVW steps 2.8/3.1/3.3/3.5 t FWD, 3.5 t single or twin and 4.5 t twin RWD. Platform cab in L2/L3.
M3_LAYOUTS = [
    ("panel-van", "L1", "H1", "fwd", "single", 2800),
    ("panel-van", "L1", "H1", "fwd", "single", 3100),
    ("panel-van", "L1", "H1", "fwd", "single", 3300),
    ("panel-van", "L1", "H1", "fwd", "single", 3500),
    ("panel-van", "L1", "H2", "fwd", "single", 3500),
    ("panel-van", "L2", "H2", "fwd", "single", 3100),
    ("panel-van", "L2", "H2", "fwd", "single", 3300),
    ("panel-van", "L2", "H2", "fwd", "single", 3500),
    ("panel-van", "L2", "H3", "fwd", "single", 3500),
    ("panel-van", "L3", "H2", "fwd", "single", 3300),
    ("panel-van", "L3", "H2", "fwd", "single", 3500),
    ("panel-van", "L3", "H3", "fwd", "single", 3500),
    ("panel-van", "L3", "H2", "rwd", "single", 3500),
    ("panel-van", "L3", "H2", "rwd", "twin", 3500),
    ("panel-van", "L3", "H2", "rwd", "twin", 4500),
    ("panel-van", "L3", "H3", "rwd", "single", 3500),
    ("panel-van", "L3", "H3", "rwd", "twin", 4500),
    ("panel-van", "L4", "H2", "rwd", "single", 3500),
    ("panel-van", "L4", "H2", "rwd", "twin", 3500),
    ("panel-van", "L4", "H2", "rwd", "twin", 4500),
    ("panel-van", "L4", "H3", "rwd", "single", 3500),
    ("panel-van", "L4", "H3", "rwd", "twin", 3500),
    ("panel-van", "L4", "H3", "rwd", "twin", 4500),
    ("chassis-cab", "L2", "H1", "fwd", "single", 3500),
    ("chassis-cab", "L3", "H1", "fwd", "single", 3500),
    ("chassis-cab", "L3", "H1", "fwd", "twin", 3500),
    ("chassis-cab", "L3", "H1", "rwd", "twin", 3500),
    ("chassis-cab", "L3", "H1", "rwd", "twin", 4500),
    ("chassis-cab", "L4", "H1", "rwd", "twin", 4500),
    ("platform-cab", "L2", "H1", "fwd", "single", 3500),
    ("platform-cab", "L3", "H1", "fwd", "single", 3500),
]
# Master IV (2024-): FWD and RWD (fr.wikipedia, C); up to 4 t GVW (nouvelles-du-monde, C).
# No Master IV dimension table was found; only L2 (5,680 mm, attributed) and L3 (6.31 m).
M4_LAYOUTS = [
    ("panel-van", "L2", "H2", "fwd", "single", 3500),
    ("panel-van", "L3", "H2", "fwd", "single", 3500),
    ("panel-van", "L3", "H3", "fwd", "single", 3500),
    ("panel-van", "L3", "H2", "rwd", "single", 3500),
    ("panel-van", "L4", "H2", "rwd", "twin", 3500),
    ("panel-van", "L4", "H3", "rwd", "twin", 4000),
    ("chassis-cab", "L3", "H1", "fwd", "single", 3500),
    ("chassis-cab", "L3", "H1", "rwd", "twin", 4000),
    ("chassis-cab", "L4", "H1", "rwd", "twin", 4000),
    ("platform-cab", "L3", "H1", "fwd", "single", 3500),
]


# =============================================================================================
# Vehicles: dimension tables
# =============================================================================================

def wheelbase(phase, body, L, drive):
    if phase == "2024":
        m3 = {"L1": 3182, "L2": 3682, "L3": 4332, "L4": 4332}[L]
        return rep(m3, "mm", f"Master IV wheelbases not found; Master III L{L[1]} value {fmt(m3)} mm used as a stand-in. "
                   "Renault says the Master IV wheelbase is shorter (turning circle -1.5 m, fr.motor1.com): "
                   "replace with the registration certificate / CoC value")
    if L == "L1":
        return q(3182, "mm", "essai-automobile-2010", "A",
                 "Same 3,182 mm in vadoetornoweb.com and (2019 body) ari-motors-team/wallbox-vergleich.info")
    if L == "L2":
        return q(3682, "mm", "vadoetornoweb", "B", None)
    if L == "L3":
        if drive == "rwd" or body != "panel-van":
            return q(4332, "mm", "vadoetornoweb", "C",
                     "Published L3 wheelbase (FWD panel-van sources); not stated separately for RWD or cab bodies")
        return q(4332, "mm", "vadoetornoweb", "A",
                 "Same 4,332 mm in the July 2023 brochure quoted by billiet-cadart/van (869 + 4,332 + 1,024 mm)")
    return rep(4332, "mm", "L4 wheelbase not found; L4 is described as an L3 with an extended rear overhang, "
               "so the L3 4,332 mm is used (consistent with the L4 load bay 4,383 mm = L3 3,733 + 650 mm length step)")


M3_LENGTH_2010 = {"L1": (5048, "essai-automobile-2010", "A", "Also in vadoetornoweb.com (same body)"),
                  "L2": (5548, "vadoetornoweb", "B", "500 mm longer than L1, as carsguide.com.au says"),
                  "L3": (6198, "vadoetornoweb", "A", "Also 6,198 mm for the Movano L3H2 in motor-inside.com"),
                  "L4": (6848, "sdwa5-movano-l4h3", "C", "Field 18 of one Movano B L4H3 RWD registration document (2016)")}
M3_LENGTH_2019 = {"L1": (5075, "wallbox-vergleich-vehicle", "C", "2019 body; +27 mm over 2010 from the new front end, not verified"),
                  "L2": (5580, "wallbox-vergleich-review", "C", "'5.58 m', 2019 body"),
                  "L3": (6225, "billiet-cadart-l3h2", "B", "869 + 4,332 + 1,024 mm (July 2023 brochure); 6.27 m in one secondary source"),
                  "L4": None}


def overall_length(phase, body, L, drive):
    if body == "chassis-cab" and drive == "rwd" and phase != "2024":
        v = {"L3": 6452, "L4": 7928}[L]
        return q(v, "mm", "carsales-2014", "C",
                 "'Overall buildable length' of the Australian RWD 4.5 t single cab-chassis, i.e. the longest body "
                 "allowed; the bare chassis cab is shorter. Used for all Master III phases")
    if phase in ("2010", "2014"):
        v, src, c, n = M3_LENGTH_2010[L]
        val = q(v, "mm", src, c, n + ("; 2014 update kept the 2010 body" if phase == "2014" else ""))
    elif phase == "2019":
        if L == "L4":
            val = q(6875, "mm", "sdwa5-movano-l4h3", "E",
                    "6,848 mm (L4, 2010 body, C) + 27 mm 2019 front end (L1 5,048 -> 5,075 and L3 6,198 -> 6,225 mm) = 6,875 mm")
        else:
            v, src, c, n = M3_LENGTH_2019[L]
            val = q(v, "mm", src, c, n)
    else:  # Master IV
        if L == "L2":
            val = q(5680, "mm", "wiki-fr-master4", "C",
                    "The source does not name the version; attributed to L2H2 by us: it equals the Master III 2019 L2 "
                    "(5,580 mm) + 100 mm, the published load-length gain, and its height 2,503 mm is an H2 roof")
        elif L == "L3":
            val = q(6310, "mm", "caradisiac-master4-road", "B", "L3H2 '6.31 m'")
        else:
            m3 = 6875 if L == "L4" else M3_LENGTH_2019[L][0]
            val = rep(m3 + 100, "mm", f"Master IV {L} not found: Master III 2019 {L} {fmt(m3)} mm + 100 mm "
                      "(Master IV L2 5,680 vs 5,580 mm; load length +100 mm per fr.motor1.com)")
    if body != "panel-van":
        val = dict(val)
        val["note"] = (val.get("note", "") + "; " if val.get("note") else "") + \
            "panel-van length of the same length code used for the cab body (bare cab shorter, a body makes it up)"
        if val["confidence"] in ("A", "B"):
            val["confidence"] = "C"
    return val


def overall_width(phase):
    if phase == "2024":
        return rep(2070, "mm", "Master IV width not found; Master III 2,070 mm (without mirrors) used as a stand-in")
    return q(2070, "mm", "essai-automobile-2010", "A",
             "Without mirrors; also ari-motors-team/wallbox-vergleich.info and field 19 of the Movano B L4H3 document; 2,470 mm over the mirrors")


def overall_height(phase, body, L, H, drive):
    if body != "panel-van":
        v = 2310 if phase in ("2019", "2024") else 2307
        return rep(v, "mm", f"Cab roof height: height code H1 is used for the cab roof of {BODY_LABEL[body]}s. "
                   f"H1 van height {fmt(v)} mm used; the bare cab height is not published and a fitted body may be taller "
                   "(frontal area and Cd then change too)")
    if H == "H3":
        note = ("Movano B L4H3 RWD registration reading 2,792-2,808 mm (field 20), mid value; H3 not found elsewhere")
        if drive == "fwd" or L != "L4":
            return rep(2800, "mm", note + ". Used for this H3 variant assuming the same roof height for all H3 vans: "
                       "the published interior heights differ FWD/RWD by 96 mm for both H2 and H3 "
                       "(floor height, not roof), SdWa5/3d and billiet-cadart/van"
                       + ("; Master IV H3 not found either" if phase == "2024" else ""))
        return q(2800, "mm", "sdwa5-movano-l4h3", "C", note)
    if H == "H1":
        if phase in ("2010", "2014"):
            return q(2307, "mm", "vadoetornoweb", "B", "Published H1 figures 2,287 (2010 L1H1 test van) to 2,310 mm; "
                     "2,307 agrees with H2 2,499 - 195 mm (pressreader.com/carsguide.com.au)")
        return q(2310, "mm", "wallbox-vergleich-review", "B", "'2.31 m', 2019 body")
    # H2
    if phase == "2024":
        return q(2503, "mm", "wiki-fr-master4", "C", "One unnamed Master IV version (5,680 x 2,503 mm), attributed to the H2 roof")
    if phase == "2019":
        c = "B" if (L == "L3" and drive == "fwd") else "C"
        return q(2488, "mm", "billiet-cadart-l3h2", c,
                 "L3H2 FWD figure of the July 2023 brochure" + ("" if c == "B" else ", applied to this H2 variant") +
                 "; '2.50 m' in ari-motors-team/wallbox-vergleich.info")
    c = "A" if drive == "fwd" else "C"
    return q(2499, "mm", "vadoetornoweb", c, "Also 'a good 2.49 m' for the Movano L3H2 (motor-inside.com)" +
             ("" if c == "A" else "; published for FWD vans, RWD not stated separately"))


# Load space: the load space ends about 50 mm ahead of the rear end and starts at the cab
# bulkhead. L3 2019 brochure: rear end = 4,332 + 1,024 = 5,356 mm behind the front axle;
# 5,356 - 50 - 3,733 (load length) = 1,573 mm. The same bulkhead position reproduces the
# L1 load length (5,048 - 842 - 50 - 1,573 = 2,583 mm, published 2,583) and the L4 load bay
# (6,848 - 842 - 50 - 1,573 = 4,383 mm, published 4,383), where 842 = 869 - 27 mm (2010 front overhang).
BULKHEAD_FROM_FRONT_AXLE = 1573
LOAD_LENGTH = {"L1": (2583, "C"), "L2": (3083, "E"), "L3": (3733, "B"), "L4": (4383, "C")}


def load_space_centre(phase, body, L):
    ll, c = LOAD_LENGTH[L]
    centre = int(BULKHEAD_FROM_FRONT_AXLE + ll / 2 + 0.5)
    base = (f"{fmt(BULKHEAD_FROM_FRONT_AXLE)} mm (cab bulkhead behind the front axle: L3 brochure 4,332 + 1,024 - 50 - 3,733) "
            f"+ load length {fmt(ll)} mm ({'L1 + 500 mm length step' if L == 'L2' else 'published, ' + c}) / 2 = {fmt(centre)} mm; "
            "the same bulkhead position reproduces the published L1 (2,583) and L4 (4,383 mm) load lengths")
    if phase == "2024":
        return rep(centre + 50, "mm", base + "; Master IV: + 50 mm for the 100 mm longer load space (fr.motor1.com), "
                   "wheelbase change not known")
    if body != "panel-van":
        return rep(centre, "mm", base + f"; {BODY_LABEL[body]}: assumes a body with the van's load length, measure the actual body")
    return q(centre, "mm", "billiet-cadart-l3h2", "E", base)


def frontal_area(width_q, height_q):
    w, h = width_q["value"] / 1000, height_q["value"] / 1000
    a = round(FRONTAL_AREA_FACTOR * w * h, 2)
    return q(a, "m2", "fastsim-issue-300", "E",
             f"0.85 x width {w:.3f} m x height {h:.3f} m = {a:.2f} m2 (A = 85 % x W x H rule, typical-parameters.md); "
             f"inputs {width_q['confidence']}/{height_q['confidence']}")


CD_M3 = {("panel-van", "H1"): 0.40, ("panel-van", "H2"): 0.42, ("panel-van", "H3"): 0.44,
         ("chassis-cab", "H1"): 0.45, ("platform-cab", "H1"): 0.45}


def drag(phase, body, H):
    cd = CD_M3[(body, H)]
    note = (f"No published Cd for Master III. Light-van textbook range 0.35-0.5 "
            f"(civilengineeringhandbook.tk): {cd} for a {BODY_LABEL[body]}" +
            (" with the cab only (a box body raises it)" if body != "panel-van" else f" with an {H} roof"))
    if phase == "2024":
        cd4 = round(cd * 0.8, 3)
        return rep(cd4, "1", note + f"; Master IV: x 0.8 = {cd4} (Renault: SCx more than 20 % lower than Master III, "
                   "caradisiac.com/fr.motor1.com; frontal area treated as unchanged)")
    return rep(cd, "1", note + ". Measure a coast-down to replace it")


def rolling_resistance(wheels):
    v = 0.008 if wheels == "single" else 0.0085
    return rep(v, "1", "EU tyre label class C for C2 van tyres, 6.8-8.0 kg/t (Reg. (EC) 1222/2009 Annex I) -> 0.008" +
               ("; + 0.0005 for the two extra tyres of twin rear wheels" if wheels == "twin" else ""))


def tyre(phase, drive, wheels, gvw):
    """Returns (size string, rolling-radius value)."""
    if wheels == "twin":
        size, basis = "195/75 R16C", "Representative size for twin rear wheels (named in the reference only as an example; not confirmed)"
        w, ar = 195, 0.75
    elif drive == "rwd":
        size, basis = "235/65 R16C", "Representative size for RWD single rear wheels (not found for Master III)"
        w, ar = 235, 0.65
    else:
        size = "225/65 R16C"
        w, ar = 225, 0.65
        if gvw == 3500 and phase != "2024":
            basis = "Size published for the FWD 3.5 t Movano L2H2 (whatvan.co.uk first drive 2010, B)"
        else:
            basis = "Size published for FWD 3.5 t (whatvan.co.uk, B), assumed for this variant"
    geo = 8 * 25.4 + ar * w
    r = round(geo * DYNAMIC_RADIUS_FACTOR, 1)
    published = size == "225/65 R16C" and gvw == 3500 and phase != "2024"
    src, conf = ("whatvan-first-drive-2010", "E") if published else (REP, "R")
    return size, q(r, "mm", src, conf,
                   f"{basis}. Geometry 203.2 mm (half of 16 in) + {ar} x {w} mm = {geo:.1f} mm unloaded, "
                   f"x 0.97 typical loaded/dynamic factor = {r} mm (not a measured rolling radius)")


def fuel_tank(phase):
    if phase == "2024":
        return rep(105, "L", "Master IV tank not found; Master III 105 L used as a stand-in")
    return q(105, "L", "essai-automobile-2010", "C",
             "Only figure found (2010 L1H1 test van; standard or optional not stated); 80/100 L not confirmed for Master III")


# =============================================================================================
# Vehicles: masses
# =============================================================================================
# Representative model, anchored on the documented L3H2 FWD 3.5 t 2019 value 2,066 kg (B).
BASE_MASS = 2066
LEN_STEP = {"L1": -130, "L2": -70, "L3": 0, "L4": 90}
HEIGHT_STEP = {"H1": -45, "H2": 0, "H3": 50}
GVW_STEP_FWD = {2800: -90, 3100: -40, 3300: -20, 3500: 0}
RWD_EXTRA = 164           # whatvan.co.uk/analysis/vauxhall/ (B)
TWIN_EXTRA = 60           # two more wheels and tyres, twin-wheel hubs
HEAVY_EXTRA = {4000: 50, 4500: 100}   # heavier rear axle, springs, brakes
BODY_DELTA = {"panel-van": 0, "chassis-cab": -340, "platform-cab": -420}

# Published or derived figures for specific variants: key -> (kg, source, confidence, note)
MASS_ANCHORS = {
    ("2010", "panel-van", "L1", "H1", "fwd", "single", 3300):
        (1886, "essai-automobile-2010", "B", "'Poids' of the 2010 L1H1 F3300 dCi 125 test van (whether it includes the 75 kg driver is not stated)"),
    ("2014", "panel-van", "L1", "H1", "fwd", "single", 3500):
        (1900, "carsguide-l1h1", "E", "3,500 kg - published payload 1,600 kg = 1,900 kg (Australian L1H1 110 kW, 2014; assumes payload = GVW - kerb)"),
    ("2010", "panel-van", "L4", "H2", "rwd", "single", 3500):
        (2324, "commercialmotor-2011", "E", "3,500 kg - published payload 1,176 kg = 2,324 kg (Movano L4H2 144 hp, 2011; GVW 3.5 t and single wheels assumed)"),
    ("2014", "panel-van", "L4", "H3", "rwd", "single", 3500):
        (2476, "sdwa5-movano-l4h3", "C", "Field G (includes 75 kg driver) of one Movano B L4H3 RWD 3.5 t first registered 2016; rear wheels not stated; "
         "about 100 kg above this catalog's representative model (options fitted?)"),
    ("2019", "panel-van", "L3", "H2", "fwd", "single", 3500):
        (2066, "billiet-cadart-l3h2", "B", "MVODM in the Renault Morocco brochure, July 2023; a second value 2,073 kg is also given (version not stated)"),
}


def mass_model(phase, body, L, H, drive, wheels, gvw):
    v = BASE_MASS
    parts = [f"documented L3H2 FWD 3.5 t 2019 value {fmt(BASE_MASS)} kg (B)"]
    hh = "H1" if body != "panel-van" else H
    if LEN_STEP[L]:
        v += LEN_STEP[L]; parts.append(f"{L} {LEN_STEP[L]:+d} kg")
    if HEIGHT_STEP[hh]:
        v += HEIGHT_STEP[hh]; parts.append(f"{hh} {HEIGHT_STEP[hh]:+d} kg")
    if drive == "fwd" and GVW_STEP_FWD.get(gvw):
        v += GVW_STEP_FWD[gvw]; parts.append(f"{gvw / 1000:.1f} t springs/brakes {GVW_STEP_FWD[gvw]:+d} kg")
    if drive == "rwd":
        v += RWD_EXTRA; parts.append(f"RWD +{RWD_EXTRA} kg (whatvan.co.uk/analysis/vauxhall/)")
    if wheels == "twin":
        v += TWIN_EXTRA; parts.append(f"twin rear wheels +{TWIN_EXTRA} kg")
    if gvw in HEAVY_EXTRA:
        v += HEAVY_EXTRA[gvw]; parts.append(f"{gvw / 1000:.1f} t axle/springs +{HEAVY_EXTRA[gvw]} kg")
    if BODY_DELTA[body]:
        v += BODY_DELTA[body]
        parts.append(f"{BODY_LABEL[body]} {BODY_DELTA[body]:+d} kg vs H1 van (calibrated on the best-case chassis-cab "
                     "payload 2,495 kg, lebatimentartisanal.com)")
    note = ("Scaled from the " + ", ".join(parts) + f" = {fmt(v)} kg. Cross-checks: L1H1 F3300 2010 1,886 kg (B), "
            "L4H2 RWD 3.5 t ~2,324 kg (E), L4H3 RWD 3.5 t 2,476 kg (C). Includes 90 % fuel and 75 kg driver (field G)")
    if phase == "2024":
        note += "; Master IV diesel masses not found: Master III 2019 model used as a stand-in"
    return v, note


def mass_in_running_order(key):
    if key in MASS_ANCHORS:
        v, src, c, n = MASS_ANCHORS[key]
        return q(v, "kg", src, c, n)
    v, note = mass_model(*key)
    return rep(v, "kg", note)


# (drive, rear wheels, GVW) -> (front axle limit, rear axle limit), kg
AXLES = {
    ("fwd", "single", 2800): (1650, 1650),
    ("fwd", "single", 3100): (1750, 1800),
    ("fwd", "single", 3300): (1800, 1900),
    ("fwd", "single", 3500): (1850, 2100),
    ("fwd", "twin", 3500): (1850, 2400),
    ("rwd", "single", 3500): (1850, 2300),
    ("rwd", "twin", 3500): (1850, 2500),
    ("rwd", "twin", 4000): (2000, 2800),
    ("rwd", "twin", 4500): (2100, 3100),
}


def axle_limits(key):
    phase, body, L, H, drive, wheels, gvw = key
    f, r = AXLES[(drive, wheels, gvw)]
    if key == ("2014", "panel-van", "L4", "H3", "rwd", "single", 3500):
        n = "Fields 7.1 / 7.2 of one Movano B L4H3 RWD 3.5 t registration document (2016); rear wheels not stated"
        return q(f, "kg", "sdwa5-movano-l4h3", "C", n), q(r, "kg", "sdwa5-movano-l4h3", "C", n)
    basis = ("Axle ratings not found for this layout (only Movano B L4H3 RWD 3.5 t: 1,850 / 2,300 kg, C). "
             f"Representative for {drive.upper()} {wheels} rear wheels {gvw / 1000:.1f} t: sum {fmt(f + r)} kg "
             f"= {100 * (f + r) / gvw - 100:.0f} % above GVW, as usual for vans")
    if wheels == "single":
        basis += f"; a {fmt(r)} kg single-wheel rear axle needs tyres of at least {fmt(r / 2)} kg each (check the load index)"
    basis += ". Replace with fields 7.1 / 7.2 of the registration certificate"
    return rep(f, "kg", basis), rep(r, "kg", basis)


FRONT_SHARE = {("panel-van", "fwd"): 0.60, ("panel-van", "rwd"): 0.53, ("chassis-cab", "fwd"): 0.68,
               ("chassis-cab", "rwd"): 0.60, ("platform-cab", "fwd"): 0.72}


def unladen_front(body, drive, wheels, mass):
    share = FRONT_SHARE[(body, drive)] - (0.02 if wheels == "twin" else 0)
    v = int(round(mass * share / 5) * 5)
    return rep(v, "kg", f"Unladen axle split not found for any version. Representative front share {share:.2f} of the "
               f"mass in running order {fmt(mass)} kg for a {drive.upper()} {BODY_LABEL[body]}"
               + (" (twin rear wheels -0.02)" if wheels == "twin" else "") + " = " + fmt(v) + " kg. Weigh per axle")


# =============================================================================================
# Vehicles: parts a retrofit removes
# =============================================================================================

def removed_parts(phase, drive, wb_mm, tank_l):
    m4 = phase == "2024"
    euro6 = phase in ("2019", "2024")
    fwd = drive == "fwd"
    parts = []

    def part(pid, name, mass_q, pos_q):
        parts.append({"id": pid, "name": name, "mass": mass_q, "position_from_front_axle": pos_q})

    eng_pos = -300 if fwd else 200
    eng_pos_note = ("Transverse engine ahead of the front axle (FWD): about -300 mm, representative"
                    if fwd else "Longitudinal engine just behind the front axle line (RWD): about +200 mm, representative")
    if m4:
        part("engine", f"Engine M9R 2.0 Blue dCi ({'transverse' if fwd else 'longitudinal'}), with oil and coolant",
             rep(185, "kg", "Engine mass not found. Representative for a 2.0 L four-cylinder common-rail diesel with "
                 "turbo, flywheel, oil and coolant; 30 kg below the 2.3 L M9T estimate"),
             rep(eng_pos, "mm", eng_pos_note))
    else:
        part("engine", f"Engine M9T 2.3 dCi ({'transverse' if fwd else 'longitudinal'}), with oil and coolant",
             rep(215, "kg", "M9T mass not found (master-reference 13.5). Representative for a 2.3 L iron-block "
                 "four-cylinder common-rail diesel with turbo(s), dual-mass flywheel, about 7 L oil and the coolant in the block"),
             rep(eng_pos, "mm", eng_pos_note))
    if fwd:
        name = ("Gearbox 6-speed manual (FWD, transverse) with oil and clutch" if m4 else
                "Gearbox PF6 6-speed manual (FWD, transverse) with oil and clutch")
        part("gearbox", name + " - only if the kit does not keep it",
             rep(55 if m4 else 60, "kg", "Gearbox mass not found. Representative for a 6-speed manual transaxle for "
                 "350-380 Nm with differential, oil and clutch; the 9-speed automatic option (Master IV) is heavier"),
             rep(-100, "mm", "Transaxle beside the engine, mass centre slightly ahead of the front axle line, representative"))
    else:
        name = ("Gearbox 6-speed manual (RWD, longitudinal) with oil and clutch" if m4 else
                "Gearbox ZF 6-speed manual (RWD, longitudinal) with oil and clutch")
        part("gearbox", name + " - only if the kit does not keep it",
             rep(65 if m4 else 70, "kg", "Gearbox mass not found. Representative for a longitudinal 6-speed manual for "
                 "350 Nm with bell housing, oil and clutch"),
             rep(850, "mm", "Behind the longitudinal engine, representative"))
        shaft_pos = int(round((1100 + wb_mm) / 2 / 10) * 10)
        part("propeller-shaft", "Propeller shaft with centre bearing",
             rep(20, "kg", "Mass not found; representative for a two-piece steel shaft of a 3.5-4.5 t van"),
             rep(shaft_pos, "mm", f"Midway between the gearbox output (~1,100 mm) and the rear axle ({fmt(wb_mm)} mm): "
                 f"({fmt(1100)} + {fmt(wb_mm)}) / 2 = {fmt(shaft_pos)} mm, representative"))
    if euro6:
        part("exhaust", "Exhaust line with DPF and SCR catalyst (Euro 6)",
             rep(55, "kg", "Mass not found. Representative for a van exhaust line with DPF, SCR catalyst, "
                 "silencer, pipes and heat shields"),
             rep(900 if fwd else 1300, "mm", "Mass centre of the under-floor line, catalysts near the engine; representative"))
        part("adblue-tank", "AdBlue tank with pump, heater and lines (empty)",
             rep(9, "kg", "AdBlue tank capacity and mass not found (master-reference 13.5); representative for a 20 L tank module"),
             rep(1200, "mm", "Under the floor behind the cab; representative"))
        adblue_kg = round(20 * ADBLUE_DENSITY, 1)
        part("adblue-fluid", "AdBlue in the tank (full, 20 L assumed)",
             rep(adblue_kg, "kg", f"20 L (representative capacity) x 1.09 kg/L (ISO 22241-1, jupiter.ee) = {adblue_kg} kg; "
                 "the mass in running order counts other fluids at 100 %"),
             rep(1200, "mm", "Same position as the AdBlue tank; representative"))
    else:
        part("exhaust", "Exhaust line with DPF" + (" (Euro 5; Euro 6 vans from about 2016 also have an SCR catalyst "
                                                   "and an AdBlue tank, add them by hand)" if phase == "2014" else " (Euro 5)"),
             rep(40, "kg", "Mass not found. Representative for a van exhaust line with DPF, silencer, pipes and heat shields"),
             rep(900 if fwd else 1300, "mm", "Mass centre of the under-floor line, DPF near the engine; representative"))
    part("fuel-tank", f"Fuel tank {tank_l} L (empty) with pump and level sender",
         rep(16, "kg", "Empty tank mass not found; representative for a plastic 105 L van tank with sender and brackets"),
         rep(1700, "mm", "Under the floor behind the cab, ahead of the rear axle; representative"))
    fuel_kg = round(tank_l * FIELD_G_FUEL_FILL * DIESEL_DENSITY, 1)
    part("fuel", f"Diesel in the tank (90 % of {tank_l} L, as counted in the mass in running order)",
         q(fuel_kg, "kg", "en590-wikipedia", "E",
           f"{tank_l} L x 0.90 (field G fills the tank to 90 %, wohnwagen-lange.de) x 0.835 kg/L (middle of EN 590 "
           f"0.820-0.845) = {fuel_kg} kg; tank capacity {'representative' if m4 else 'C'}"),
         rep(1700, "mm", "Same position as the fuel tank; representative"))
    part("cooling", "Radiator, intercooler, fan, hoses and coolant",
         rep(22, "kg", "Mass not found; representative for the engine cooling pack of a 2.0-2.3 L turbo diesel van"),
         rep(-750, "mm", "Behind the grille: front overhang is 869 mm (brochure), representative"))
    part("starter-alternator", "Starter motor and alternator",
         rep(14, "kg", "Masses not found; representative (starter ~6 kg, alternator ~8 kg)"),
         rep(eng_pos, "mm", "On the engine; same position as the engine, representative"))
    return parts


def build_variant(phase, layout):
    body, L, H, drive, wheels, gvw = layout
    gen, y0, y1 = PHASES[phase]
    key = (phase, body, L, H, drive, wheels, gvw)
    wb = wheelbase(phase, body, L, drive)
    width = overall_width(phase)
    height = overall_height(phase, body, L, H, drive)
    mro = mass_in_running_order(key)
    fa, ra = axle_limits(key)
    size, radius = tyre(phase, drive, wheels, gvw)
    tank = fuel_tank(phase)
    wh_label = {"single": "", "twin": " twin rear wheels"}[wheels]
    if body == "panel-van":
        shape = f"{L}{H}"
        label = f"{GEN_LABEL[gen]} ({phase}) panel van {L}{H} {drive.upper()}{wh_label} {gvw / 1000:.1f} t"
    else:
        shape = f"{L}{H}"
        label = (f"{GEN_LABEL[gen]} ({phase}) {BODY_LABEL[body]} {L} (H1 = cab roof height) "
                 f"{drive.upper()}{wh_label} {gvw / 1000:.1f} t")
    vid = f"{'m3' if gen == 'master-3' else 'm4'}-{phase}-{BODY_ID[body]}-{shape.lower()}-{drive}" + \
        ("-twin" if wheels == "twin" else "") + f"-{gvw}"
    if gen == "master-3":
        gearbox = ("PF6 6-speed manual (6-speed automated Quickshift optional)" if drive == "fwd"
                   else "ZF 6-speed manual (6-speed automated Quickshift optional)")
    else:
        gearbox = "6-speed manual or 9-speed automatic"
    gvw_note = {
        2800: "Lowest Master III step (whatvan.co.uk review; one 2010 test says 2.5 t, C)",
        3100: "3.1 t rating exists (vadoetornoweb.com; flotauto.com)",
        3300: "F3300 test van (essai-automobile.com)",
        3500: "Master III FWD up to 3.5 t; RWD 3.5 t single or twin rear wheels",
        4000: "Master IV 'up to 4 t' (nouvelles-du-monde.com, C)",
        4500: "RWD 4.5 t, twin rear wheels standard (carsales.com.au; whatvan.co.uk buyers' guide)",
    }[gvw]
    gvw_src = {2800: ("whatvan-review", "B"), 3100: ("flotauto-2022", "B"), 3300: ("essai-automobile-2010", "B"),
               3500: ("carsales-2014", "A"), 4000: ("nouvelles-du-monde", "C"), 4500: ("whatvan-buyers-guide", "A")}[gvw]
    if phase == "2024" and gvw == 3500:
        gvw_src, gvw_note = ("nouvelles-du-monde", "C"), "Master IV 3.5 t N1 version (range up to 4 t); Master IV steps not published in detail"
    entry = {
        "id": vid,
        "label": label,
        "generation": gen,
        "phase": phase,
        "years": {"from": y0, "to": y1},
        "body": body,
        "length_code": L,
        "height_code": H,
        "drive": drive,
        "rear_wheels": wheels,
        "category": "N1" if gvw <= 3500 else "N2",
        "engines": list(PHASE_ENGINES[phase]),
        "gearbox": gearbox,
        "gvw": q(gvw, "kg", gvw_src[0], gvw_src[1], gvw_note + ". Field F.1 of the registration certificate"),
        "mass_in_running_order": mro,
        "front_axle_limit": fa,
        "rear_axle_limit": ra,
        "unladen_front_axle_load": unladen_front(body, drive, wheels, mro["value"]),
        "wheelbase": wb,
        "overall_length": overall_length(phase, body, L, drive),
        "overall_width": width,
        "overall_height": height,
        "load_space_centre_from_front_axle": load_space_centre(phase, body, L),
        "frontal_area": frontal_area(width, height),
        "drag_coefficient": drag(phase, body, H),
        "rolling_resistance": rolling_resistance(wheels),
        "tyre_size": size,
        "tyre_rolling_radius": radius,
        "fuel_tank": tank,
        "removed_parts": removed_parts(phase, drive, wb["value"], tank["value"]),
    }
    return entry


def build_vehicles():
    engines = []
    for eid, label, code, gen, y0, y1, power, torque in ENGINES:
        e = {"id": eid, "label": label, "code": code, "generation": gen,
             "years": {"from": y0, "to": y1}, "power": power, "fuel": "GO"}
        if torque:
            e["torque"] = torque
        engines.append(e)
    entries = []
    for phase in ("2010", "2014", "2019"):
        for layout in M3_LAYOUTS:
            entries.append(build_variant(phase, layout))
    for layout in M4_LAYOUTS:
        entries.append(build_variant("2024", layout))
    return make_file("vehicles", VEHICLE_SOURCES, entries, engines)


# =============================================================================================
# Components
# =============================================================================================

def base(cid, kind, label, manufacturer, origin, condition, notes=None):
    d = {"id": cid, "kind": kind, "label": label, "manufacturer": manufacturer,
         "origin": origin, "condition": condition}
    if notes:
        d["notes"] = notes
    return d


# Motor-only peak: the published FASTSim Prius map (0.94) is motor + controller, and ReMaster
# multiplies by the inverter's efficiency (0.97) separately, so the motor alone is 0.94 / 0.97.
EFF_MOTOR = q(0.969, "1", "fastsim-prius", "E",
              "Motor alone = 0.94 (peak of the FASTSim Prius motor + controller map, typical-parameters.md) / 0.97 "
              "(the catalog's inverter efficiency) = 0.969, so that motor x inverter peaks at the published 0.94; "
              "this motor's own figure not found")
EFF_REDUCER = q(0.97, "1", "ovem-gear-loss", "C",
                "1 - (mesh 0.02 + bearings 0.005 + seal 0.001) = 0.974 from the ADVISOR-derived gear loss "
                "coefficients, rounded down to 0.97; this unit's own figure not found. FASTSim's 0.92 (Zoe) is a "
                "lumped drivetrain factor, not a reducer measurement (docs/model.md)")
EFF_CHARGER = q(0.86, "1", "fastsim-zoe", "R", "FASTSim default charger efficiency (typical-parameters.md); this unit's own figure not found")


def motor(cid, label, manufacturer, origin, condition, technology, peak, cont, torque, speed, vmin, vmax, mass,
          eff=EFF_MOTOR, notes=None):
    d = base(cid, "motor", label, manufacturer, origin, condition, notes)
    d.update({"technology": technology, "peak_power": peak, "continuous_power": cont, "peak_torque": torque,
              "max_speed": speed, "dc_voltage_min": vmin, "dc_voltage_max": vmax, "mass": mass,
              "peak_efficiency": eff})
    return d


def cont_power(peak_kw, share=0.6):
    v = round(peak_kw * share, 1)
    return rep(v, "kW", f"Continuous rating not found; {share:.0%} of the {peak_kw} kW peak, typical for a liquid/air-cooled "
               "traction motor (peak ratings are for ~10-30 s)")


def renault_dc(pack):
    windows = {"zoe1": (300, 404, "ZOE Gen1 22/41 kWh pack"), "zoe2": (300, 410, "ZOE Gen2 50/52 kWh pack"),
               "kangoo": (250, 415, "Kangoo / Master Z.E. pack")}
    lo, hi, what = windows[pack]
    note = (f"DC range of the motor/inverter not found; the donor's {what} window {lo}-{hi} V "
            "(Battery-Emulator emergency limits) is used: it needs the OEM power electronics")
    return rep(lo, "V", note), rep(hi, "V", note)


WOUND_ROTOR = "wound-rotor (externally excited) synchronous"


def build_motors():
    out = []
    rmass = lambda kw: rep({65: 70, 68: 70, 80: 72, 100: 75, 57: 70, 90: 70, 44: 65}[kw], "kg",
                           "R-series motor mass not found; representative for a 45-100 kW Renault wound-rotor motor "
                           "with housing (without reducer and inverter)")
    rspeed = rep(11000, "rpm", "Maximum speed not found for R-series motors; the ZOE Q210 holds maximum power up to "
                 "11,000 rpm (km77.com, C)")
    v = renault_dc("zoe1")
    out.append(motor("renault-r240", "Renault R240 (ZOE, 2015)", "Renault", "Renault ZOE (2015-2018)", "second-life",
                     WOUND_ROTOR, q(65, "kW", "paultan-2014", "A", "Also evobsession.com, autoreflex"), cont_power(65),
                     q(220, "N.m", "paultan-2014", "A"), rspeed, v[0], v[1], rmass(65),
                     notes="Needs the OEM inverter (no open controller reported); Y-connected stator with neutral used for charging"))
    v = renault_dc("zoe1")
    out.append(motor("renault-r90", "Renault R90 (ZOE, 2016-2018)", "Renault", "Renault ZOE ZE40 (2016-2018)", "second-life",
                     WOUND_ROTOR,
                     q(67.67, "kW", "km77-zoe", "E", "92 CV x 0.73549875 = 67.67 kW; maximum power 3,000-5,000 rpm (C)"),
                     cont_power(67.67),
                     rep(220, "N.m", "R90 torque not found; R240 220 Nm used (same family)"), rspeed, v[0], v[1], rmass(68),
                     notes="Needs the OEM inverter"))
    v = renault_dc("zoe2")
    out.append(motor("renault-r110", "Renault R110 (ZOE, 2018-)", "Renault", "Renault ZOE (2018-)", "second-life",
                     WOUND_ROTOR, q(80, "kW", "renault-eel-motor", "A"), cont_power(80),
                     q(225, "N.m", "renault-eel-motor", "A", "At 3,300 rpm"), rspeed, v[0], v[1], rmass(80),
                     notes="Needs the OEM inverter (230 A)"))
    v = renault_dc("zoe2")
    out.append(motor("renault-r135", "Renault R135 (ZOE, 2019-)", "Renault", "Renault ZOE ZE50 (2019-)", "second-life",
                     WOUND_ROTOR, q(100, "kW", "renault-eel-motor", "A", "Also maxMotorKw 100 in the FASTSim Zoe file"),
                     cont_power(100), q(245, "N.m", "renault-eel-motor", "A", "At 3,750 rpm"), rspeed, v[0], v[1], rmass(100),
                     notes="Needs the OEM inverter (280 A); ZOE top speed 135 km/h is a vehicle limit"))
    v = renault_dc("kangoo")
    out.append(motor("renault-r75", "Renault R75 (Master Z.E. / E-Tech 2018-2024)", "Renault", "Renault Master Z.E.",
                     "second-life", WOUND_ROTOR,
                     q(57, "kW", "welt-master-ze", "A", "76 ch; also breezcar.com"), cont_power(57),
                     q(225, "N.m", "wallbox-vergleich-review", "C", "One source only"), rspeed, v[0], v[1], rmass(57),
                     notes="Needs the OEM inverter. Below the 75-120 kW of the diesel it replaces"))
    out.append(motor("renault-90kw-etech", "Renault 90 kW E-Tech motor (Kangoo E-Tech 2022, Megane E-Tech)", "Renault",
                     "Renault Kangoo Van E-Tech (2022-)", "second-life", WOUND_ROTOR,
                     q(90, "kW", "flotauto-kangoo-etech", "A", "An earlier announcement said 75 kW (55 kW Eco mode)"),
                     cont_power(90), q(245, "N.m", "flotauto-kangoo-etech", "A"), rspeed,
                     rep(250, "V", "DC range not found; representative 400 V-class window of Renault packs"),
                     rep(410, "V", "DC range not found; representative 400 V-class window of Renault packs"),
                     rmass(90), notes="Needs the OEM inverter"))
    leaf_vmin = q(240, "V", "diyelectriccar-leaf-inverter", "C", "Minimum voltage of the Leaf inverter (Nissan fault codes)")
    leaf_vmax = rep(405.5, "V", "Leaf pack maximum 405.5 V (Battery-Emulator limit) used as the DC maximum; motor/inverter rating not found")
    leaf_mass = rep(58, "kg", "Motor mass not found; representative for an 80-110 kW PM motor without reducer and inverter")
    out.append(motor("nissan-em61", "Nissan Leaf EM61 80 kW (2011-2012)", "Nissan", "Nissan Leaf ZE0", "second-life",
                     "permanent-magnet synchronous", q(80, "kW", "wardsauto-leaf", "B"), cont_power(80),
                     q(280, "N.m", "wardsauto-leaf", "B"), q(10390, "rpm", "livingleaf", "B"), leaf_vmin, leaf_vmax, leaf_mass))
    out.append(motor("nissan-em57-80", "Nissan Leaf EM57 80 kW (2013-2017)", "Nissan", "Nissan Leaf AZE0", "second-life",
                     "permanent-magnet synchronous", q(80, "kW", "sacarfan-em57", "A"), cont_power(80),
                     q(254, "N.m", "nissanexpert-em57", "C"),
                     rep(10390, "rpm", "Not found; EM61 10,390 rpm used"), leaf_vmin, leaf_vmax,
                     rep(52, "kg", "EM57 is 10 % lighter than the EM61 (sacarfan.co.za): 0.9 x 58 kg representative EM61 mass")))
    out.append(motor("nissan-em57-110", "Nissan Leaf EM57 110 kW (2018-, 40 kWh ZE1)", "Nissan", "Nissan Leaf ZE1",
                     "second-life", "permanent-magnet synchronous",
                     q(110, "kW", "indianautosblog-leaf2018", "B", "150 PS from 3,283 to 9,795 rpm"), cont_power(110),
                     q(320, "N.m", "indianautosblog-leaf2018", "B", "From 0 to 3,283 rpm"),
                     rep(10500, "rpm", "Not found; maximum power is published up to 9,795 rpm, representative maximum 10,500 rpm"),
                     leaf_vmin, leaf_vmax, rep(56, "kg", "Not found; representative, as EM57 80 kW + 4 kg"),
                     notes="openinverter adapter board for the 2018+ inverter exists (openinverter.org)"))
    out.append(motor("nissan-leaf-eplus-160", "Nissan Leaf e+ 160 kW (2019-)", "Nissan", "Nissan Leaf e+ (62 kWh)",
                     "second-life", "permanent-magnet synchronous",
                     q(160, "kW", "carbuyer-leaf-eplus", "A", "214-217 hp"), cont_power(160),
                     q(340, "N.m", "hagerty-twin-leaf", "E", "680 Nm / 2 from Nissan's twin-EM57 test car; e+ torque itself not found"),
                     rep(10500, "rpm", "Not found; as the 110 kW EM57"), leaf_vmin, leaf_vmax,
                     rep(58, "kg", "Not found; representative for the EM57 family")))
    out.append(motor("tesla-ldu", "Tesla Model S/X Large Drive Unit (LDU)", "Tesla", "Tesla Model S/X", "second-life",
                     "induction (asynchronous)",
                     q(335, "kW", "openinverter-ldu", "B", "335-475 kW depending on version; lowest value used"),
                     rep(150, "kW", "Continuous rating not found; representative 45 % of the 335 kW peak. The original motor "
                         "was limited to about 250 kW (~800 A) at ~300 V (turbo-electric.org, C)"),
                     q(450, "N.m", "openinverter-ldu", "B", "450-650 Nm depending on version; lowest value used"),
                     q(18000, "rpm", "openinverter-ldu", "B"),
                     q(240, "V", "openinverter-ldu", "B"), q(404, "V", "openinverter-ldu", "B"),
                     q(132, "kg", "openinverter-ldu", "B", "Complete drive unit: motor, inverter and 9.73:1 reducer with differential"),
                     notes="Integrated unit: the 132 kg include the inverter (open logic board by damienmaguire/openinverter) "
                           "and the 9.73:1 reducer. Pair it with tesla-ldu-reducer for the ratio; that entry's 30 kg is "
                           "a share of these 132 kg, do not count it twice"))
    out.append(motor("tesla-model3-rdu", "Tesla Model 3 rear drive unit", "Tesla", "Tesla Model 3 Long Range RWD",
                     "second-life", "permanent-magnet (interior PM synchronous reluctance)",
                     q(211, "kW", "teslarati-m3", "C"), cont_power(211, 0.45),
                     rep(420, "N.m", "Torque not found; representative for a 211 kW rear drive unit"),
                     rep(18000, "rpm", "Not found; representative, as the LDU"),
                     rep(250, "V", "DC range not found; representative 400 V-class window"),
                     rep(404, "V", "DC range not found; representative 400 V-class window"),
                     rep(90, "kg", "Not found; representative for the complete unit with inverter and reducer"),
                     notes="Integrated unit with inverter and reducer; ratings other than power not found"))
    out.append(motor("borgwarner-hvh250-090", "BorgWarner (Remy) HVH250-090 SOM", "BorgWarner", "new (crate motor)", "new",
                     "permanent-magnet synchronous",
                     q(162, "kW", "hvh250-model-file", "C"), q(116, "kW", "hvh250-model-file", "C"),
                     q(335, "N.m", "hvh250-model-file", "C", "Another simulation uses 280 Nm x 0.75 (file id 40854683785): conflicting"),
                     q(12000, "rpm", "hvh250-model-file", "C"),
                     rep(250, "V", "DC range not found (the model file derates 350-500 V and 725-800 V); representative minimum"),
                     rep(700, "V", "DC range not found (the model file derates 350-500 V and 725-800 V); representative maximum"),
                     rep(40, "kg", "Mass not found; representative for a 250 mm frameless/housed PM motor of this rating"),
                     q(0.97, "1", "engineerlive-hvh", "B", "HVH family peak efficiency 'greater than 97 %'"),
                     notes="Needs a third-party inverter (Cascadia CM200 class)"))
    out.append(motor("hyundai-kona-150", "Hyundai Kona Electric 150 kW motor", "Hyundai", "Hyundai Kona Electric 64 kWh",
                     "second-life", "permanent-magnet synchronous",
                     q(150, "kW", "motortrader-kona", "A", "Also drivesouth.co.nz"), cont_power(150),
                     q(395, "N.m", "motortrader-kona", "A"),
                     rep(11000, "rpm", "Not found; representative for this class of PMSM"),
                     rep(280, "V", "Kona 64 kWh pack window 280-411 V (Battery-Emulator) used; motor/inverter rating not found"),
                     rep(411, "V", "Kona 64 kWh pack window 280-411 V (Battery-Emulator) used; motor/inverter rating not found"),
                     rep(60, "kg", "Not found; representative for a 150 kW PMSM without reducer"),
                     notes="356 V system; 7.981:1 reducer (hyundai-kona-reducer)"))
    out.append(motor("swindon-hpd-e", "Swindon HPD E crate motor (with reducer)", "Swindon Powertrain", "new (crate motor)",
                     "new", "permanent-magnet synchronous",
                     q(80, "kW", "jalopnik-hpd", "B", "107 hp"), cont_power(80),
                     q(136, "N.m", "jalopnik-hpd", "B", "100 lb-ft"), q(10500, "rpm", "jalopnik-hpd", "B", "About 10,500 rpm"),
                     rep(250, "V", "DC range not found; representative 400 V-class window"),
                     rep(400, "V", "DC range not found; representative 400 V-class window"),
                     q(50, "kg", "jalopnik-hpd", "B", "Motor plus reducer"),
                     q(0.97, "1", "jalopnik-hpd", "B"),
                     notes="Reference entry; the reducer ratio is chosen from several (values not given)"))
    return out


def inverter(cid, label, manufacturer, origin, condition, vmin, vmax, peak, cont, ipk, icont, mass, eff, notes=None):
    d = base(cid, "inverter", label, manufacturer, origin, condition, notes)
    d.update({"dc_voltage_min": vmin, "dc_voltage_max": vmax, "peak_power": peak, "continuous_power": cont,
              "peak_phase_current": ipk, "continuous_phase_current": icont, "mass": mass, "efficiency": eff})
    return d


EFF_INV = rep(0.97, "1", "Inverter efficiency not found; representative for an IGBT/SiC traction inverter "
              "(the FASTSim motor + controller maps peak at 0.93-0.94)")


def build_inverters():
    out = []
    out.append(inverter("cascadia-cm200", "Cascadia Motion CM200 (DX, inferred)", "Cascadia Motion", "new", "new",
                        q(50, "V", "cm200-notes", "C"), q(480, "V", "cm200-notes", "C"),
                        q(225, "kW", "cm200-notes", "C"),
                        rep(100, "kW", "Continuous power not found: sqrt(3) x ~214 V line-line rms (0.61 x 350 V DC) x 300 A rms "
                            "x 0.9 power factor = 100 kW, representative"),
                        q(740, "A", "cm200-notes", "C", "rms, for 30 s, cooling-dependent"),
                        q(300, "A", "cm200-notes", "C", "rms"), q(6.75, "kg", "cm200-notes", "C"), EFF_INV,
                        notes="External precharge required; 9-32 V low-voltage supply"))
    out.append(inverter("sevcon-gen4-size8", "Sevcon Gen4 Size 8", "Sevcon (BorgWarner)", "new", "new",
                        q(128, "V", "sevcon-size8-page", "C"), q(400, "V", "sevcon-size8-page", "C"),
                        q(100, "kW", "sevcon-size8-page", "C"), q(60, "kW", "sevcon-size8-page", "C"),
                        q(400, "A", "sevcon-size8-page", "C", "rms boost; 360 A for 30 s, 300 A for 2 min"),
                        q(200, "A", "sevcon-size8-page", "C", "rms"),
                        q(9.5, "kg", "sevcon-size8-page", "C", "8.9-10 kg, mid value"), EFF_INV,
                        notes="Water/glycol cooled; runs without cutback from 70 % to 120 % of nominal battery voltage (Gen4 manual)"))
    out.append(inverter("sevcon-gen4-size10", "Sevcon Gen4 Size 10", "Sevcon (BorgWarner)", "new", "new",
                        q(50, "V", "technion-characterization", "C"), q(800, "V", "technion-characterization", "C"),
                        rep(180, "kW", "Peak power not found; representative 1.2 x the published 150 kW continuous"),
                        q(150, "kW", "technion-characterization", "C", "'150 kW (cont.)' as published"),
                        rep(300, "A", "Peak phase current not found; representative 1.5 x the 200 A continuous"),
                        q(200, "A", "technion-characterization", "C", "rms"),
                        q(10.9, "kg", "technion-characterization", "C", "511 x 266 x 85 mm, air-cooled"), EFF_INV))
    out.append(inverter("unitek-bamocar-pg-d3-700-400", "Unitek BAMOCAR-PG-D3-700-400", "Unitek", "new", "new",
                        q(12, "V", "technion-characterization", "C"), q(700, "V", "technion-characterization", "C"),
                        rep(120, "kW", "Peak power not found; representative 1.33 x the 90 kW continuous"),
                        q(90, "kW", "technion-characterization", "C"),
                        rep(400, "A", "Peak current not found; representative, read from the type code '700-400' (700 V / 400 A)"),
                        q(200, "A", "technion-characterization", "C", "rms"),
                        q(8.5, "kg", "technion-characterization", "C", "355 x 230 x 135 mm, water-cooled"), EFF_INV))
    out.append(inverter("nissan-leaf-inverter-2018", "Nissan Leaf inverter (2018+, 110 kW)", "Nissan", "Nissan Leaf ZE1",
                        "second-life",
                        q(240, "V", "diyelectriccar-leaf-inverter", "C", "Minimum voltage from Nissan fault codes"),
                        rep(405.5, "V", "Leaf pack maximum 405.5 V (Battery-Emulator) used; the DC-link capacitor is a 600 V part (isopack.blogspot.com)"),
                        rep(110, "kW", "Matches the 110 kW EM57 it drives; rating not found"),
                        rep(66, "kW", "Not found; 60 % of 110 kW, representative"),
                        rep(600, "A", "Not found; representative for a 110 kW / 320 Nm PM drive at 350 V"),
                        rep(300, "A", "Not found; representative"),
                        rep(16, "kg", "Not found; representative for the OEM inverter with housing"), EFF_INV,
                        notes="Use with the openinverter Leaf Gen 3 adapter board; 110 kW and 160 kW stacks reportedly differ only in the controller board"))
    out.append(inverter("renault-zoe-pec-r135", "Renault ZOE power electronics (R135)", "Renault", "Renault ZOE ZE50",
                        "second-life",
                        rep(300, "V", "ZOE Gen2 pack window 300-410 V (Battery-Emulator) used; rating not found"),
                        rep(410, "V", "ZOE Gen2 pack window 300-410 V (Battery-Emulator) used; rating not found"),
                        rep(100, "kW", "Matches the R135 motor; rating not found"),
                        rep(60, "kW", "Not found; 60 % of 100 kW, representative"),
                        q(280, "A", "renault-eel-r135", "A", "As published ('the R110 had 230 A'); whether phase rms or DC is not stated"),
                        rep(180, "A", "Not found; representative 65 % of 280 A"),
                        rep(18, "kg", "Not found; representative for the OEM unit, which also contains the charger stage"),
                        EFF_INV, notes="Drives the wound-rotor R-series motors; no open controller reported"))
    return out


def reducer(cid, label, manufacturer, origin, condition, ratio, tmax, nmax, mass, eff, notes=None):
    d = base(cid, "reducer", label, manufacturer, origin, condition, notes)
    d.update({"ratio": ratio, "max_input_torque": tmax, "max_input_speed": nmax, "mass": mass, "efficiency": eff})
    return d


def build_reducers():
    out = []
    out.append(reducer("tesla-ldu-reducer", "Tesla LDU integrated reducer 9.73:1", "Tesla", "Tesla Model S/X", "second-life",
                       q(9.73, "1", "openinverter-ldu", "A", "Two stages of 78/25 = 9.7344; open differential"),
                       q(650, "N.m", "openinverter-ldu", "B", "Unit rated for 450-650 Nm motor torque depending on version"),
                       q(18000, "rpm", "openinverter-ldu", "B", "Motor maximum speed"),
                       rep(30, "kg", "Part of the 132 kg LDU (counted in the tesla-ldu motor entry); representative share if counted separately"),
                       EFF_REDUCER, notes="Integrated in the LDU; not separable"))
    out.append(reducer("nissan-leaf-reducer", "Nissan Leaf reducer 7.9377:1", "Nissan", "Nissan Leaf", "second-life",
                       q(7.9377, "1", "livingleaf", "B", "2011-2012; 'a little over 8:1' in a 2013 teardown"),
                       q(280, "N.m", "wardsauto-leaf", "E", "Floor, not a rating: torque of the EM61 it was built for (2018 EM57: 320 Nm)"),
                       q(10390, "rpm", "livingleaf", "E", "EM61 maximum speed used as the input limit"),
                       rep(20, "kg", "Not found; representative for a single-stage helical reducer with open differential"),
                       EFF_REDUCER))
    out.append(reducer("hyundai-kona-reducer", "Hyundai Kona Electric reducer 7.981:1", "Hyundai", "Hyundai Kona Electric",
                       "second-life", q(7.981, "1", "motortrader-kona", "B"),
                       q(395, "N.m", "motortrader-kona", "E", "Floor, not a rating: torque of the 150 kW motor it was built for"),
                       rep(11000, "rpm", "Not found; representative, as the motor entry"),
                       rep(22, "kg", "Not found; representative"), EFF_REDUCER))
    out.append(reducer("borgwarner-egeardrive-31-02", "BorgWarner eGearDrive 31-02", "BorgWarner", "new", "new",
                       rep(8.0, "1", "Ratio not found for the 31-02; representative for single-speed EV reducers (Leaf 7.94, Kona 7.98). Read the unit's plate"),
                       q(210, "N.m", "adandp-egeardrive", "B"), q(7500, "rpm", "adandp-egeardrive", "B"),
                       q(18, "kg", "adandp-egeardrive", "B"), EFF_REDUCER,
                       notes="210 Nm input limit is low for a 3.5 t van; the Tesla Roadster version takes up to 400 Nm"))
    out.append(reducer("master-pf6-fixed-gear", "Keep the gearbox: Master III PF6 6-speed used in one gear", "Renault",
                       "Renault Master III FWD (kept in the vehicle)", "second-life",
                       rep(6.0, "1", "Overall ratio (selected gear x final drive) is representative: PF6 gear and final-drive ratios "
                           "were not found. 6.0 puts ~105 km/h at 5,000 rpm on 339 mm tyres; replace with the vehicle's ratios"),
                       q(350, "N.m", "caradisiac-2010-engine", "E",
                         "Floor, not a rating: the strongest Master III diesel paired with it (dCi 150, 350 Nm); PF6 input rating not found"),
                       rep(5000, "rpm", "Not found; representative input limit for a gearbox built for a diesel (rated power at 3,500 rpm)"),
                       rep(60, "kg", "Same representative 60 kg as the PF6 'gearbox' removed part of the FWD variants: the "
                           "variant lists the gearbox as removed, so choosing this entry counts it back in (net zero)"),
                       q(0.94, "1", "fastsim-class4", "R", "FASTSim Class 4 truck drivetrain efficiency (typical-parameters.md); gearbox not measured"),
                       notes="Needs an adapter plate and a shaft coupler or custom flywheel/hub; a poor adapter wears the gearbox front bearing"))
    return out


def module(cid, label, manufacturer, origin, condition, chemistry, s, p, vnom, vmin, vmax, cap, energy, mass,
           length, width, height, idis, ichg, r, notes=None):
    d = base(cid, "battery-module", label, manufacturer, origin, condition, notes)
    d.update({"chemistry": chemistry, "cells_series": s, "cells_parallel": p, "nominal_voltage": vnom,
              "min_voltage": vmin, "max_voltage": vmax, "capacity": cap, "energy": energy, "mass": mass,
              "length": length, "width": width, "height": height, "max_discharge_current": idis,
              "max_charge_current": ichg, "internal_resistance": r})
    return d


SL_NOTE = ("Nameplate (new-cell) capacity and energy; second-life modules typically keep 70-80 % (Leaf Gen 1: 60-67 %). "
           "Scale by the measured SOH and test every module (spread up to 15 % in one car).")


def housed(cells_kg, what):
    v = round(cells_kg * 1.15, 1)
    return rep(v, "kg", f"Housed mass not found: cells only {cells_kg} kg ({what}) + 15 % for housing, busbars and sensing board = {v} kg")


def window(s, lo, hi, src, what):
    vl, vh = round(s * lo, 2), round(s * hi, 2)
    return (q(vl, "V", src, "E", f"{s} x {lo} V cell {what} = {vl} V; outer bound, the usable window is narrower"),
            q(vh, "V", src, "E", f"{s} x {hi} V cell {what} = {vh} V"))


def ir_rep(value, basis):
    return rep(value, "mOhm", f"No measured module resistance found. Representative: {basis}")


def build_modules():
    out = []
    # ZOE ZE40
    lo, hi = window(8, 2.70, 4.22, "battery-emulator", "emergency limits (Battery-Emulator ZOE Gen1)")
    out.append(module("renault-zoe-ze40-module", "Renault ZOE ZE40 module 8s2p (LG E63)", "LG Chem / Renault",
                      "Renault ZOE ZE40 (2016-2019)", "second-life", "NCM 622 (LG Chem E63 pouch)", 8, 2,
                      q(28.8, "V", "pushevs-ze40", "E", "8 x 3.6 V"), lo, hi,
                      q(131.2, "Ah", "pushevs-ze40", "E", "2 x 65.6 Ah"),
                      q(3.78, "kWh", "batterydesign-ze40", "E", "45.34 kWh / 12 modules; check 28.8 V x 131.2 Ah = 3.78 kWh"),
                      housed(15.4, "16 x 0.965 kg"),
                      rep(260, "mm", "Module dimensions not found; 16 cells of 11.5 mm stacked (184 mm) + end plates"),
                      rep(355, "mm", "Not found; cell length 325 mm + 30 mm housing"),
                      rep(160, "mm", "Not found; cell width 125 mm + 35 mm housing and sensing board"),
                      q(231, "A", "batterydesign-ze40", "E", "Pack peak 80 kW for 10 s / 345.6 V = 231 A (~1.8C); the module carries the pack current"),
                      rep(65, "A", "Not found; ~0.5C of 131.2 Ah, representative"),
                      ir_rep(3.0, "Leaf 2s2p module ~1.5 mOhm (E, forum figure) = 0.75 mOhm per 2p element; the "
                             "ZOE 2p element has twice the capacity (~0.4 mOhm) x 8 in series = 3.0 mOhm"),
                      notes=SL_NOTE + " Air-cooled pack; module layout 12 x 8s2p (batterydesign.net)"))
    # ZOE ZE50
    for cond in ("second-life", "new"):
        lo, hi = window(8, 2.70, 4.25, "battery-emulator", "emergency limits (Battery-Emulator ZOE Gen2)")
        out.append(module("renault-zoe-ze50-module" + ("-new" if cond == "new" else ""),
                          "Renault ZOE ZE50 module 8s2p (LG E78)" + (" - new spare" if cond == "new" else ""),
                          "LG Chem / Renault", "Renault ZOE ZE50 (2019-2024)" + (" spare part" if cond == "new" else ""),
                          cond, "NCM 712 (LG Chem E78 pouch)", 8, 2,
                          q(29.2, "V", "pushevs-ze50", "E", "8 x 3.65 V, assuming the ZE40 12 x 8s2p layout (ZE50 layout not found)"),
                          lo, hi,
                          q(156, "Ah", "pushevs-ze50", "E", "2 x 78 Ah (assumed 8s2p)"),
                          q(4.56, "kWh", "pushevs-ze50", "E", "16 x 285 Wh (assumed 8s2p)"),
                          housed(17.2, "16 x 1.073 kg"),
                          rep(260, "mm", "Not found; ZE40 module estimate used"),
                          rep(355, "mm", "Not found; ZE40 module estimate used"),
                          rep(160, "mm", "Not found; ZE40 module estimate used"),
                          rep(290, "A", "Not found; 100 kW (R135) / 345 V = 290 A (~1.9C), representative"),
                          rep(78, "A", "Not found; ~0.5C of 156 Ah, representative"),
                          ir_rep(2.5, "ZE40 estimate 3.0 mOhm x capacity ratio 131.2/156 = 2.5 mOhm"),
                          notes=(SL_NOTE if cond == "second-life" else "New spare module; values as the second-life entry.")
                          + " Module layout of ZE50 not confirmed (12 x 8s2p assumed)"))
    # Kangoo / Master Z.E. 33
    out.append(module("renault-kangoo-master-ze33-module", "Renault Kangoo / Master Z.E. 33 module (representative 8s layout)",
                      "LG Chem / Renault", "Renault Kangoo Z.E. 33 / Master Z.E. (2017-2022)", "second-life",
                      "Li-ion NMC (LG Chem; chemistry not found, representative)", 8, 2,
                      rep(29.2, "V", "Module layout not found: representative 8-cell-series module like the first-series ZOE "
                          "('very similar' pack), 8 x 3.65 V (3.65 V cell not sourced)"),
                      rep(20.83, "V", "Pack 250 V (Battery-Emulator Kangoo) x 8/96, representative module share"),
                      rep(34.58, "V", "Pack 415 V (Battery-Emulator Kangoo) x 8/96, representative module share"),
                      q(103, "Ah", "selioni-kangoo", "E", "36,000 Wh / 96 / 3.65 V = 103 Ah per series element (3.65 V assumed)"),
                      rep(3.0, "kWh", "36 kWh gross pack / 12 modules, representative (module count not found)"),
                      rep(15.2, "kg", "Not found; Kangoo 22 kWh pack 260 kg (same dimensions) x 0.7 (cell/module share) / 12 modules"),
                      rep(260, "mm", "Not found; ZOE ZE40 module estimate used"),
                      rep(355, "mm", "Not found; ZOE ZE40 module estimate used"),
                      rep(160, "mm", "Not found; ZOE ZE40 module estimate used"),
                      q(275, "A", "selioni-kangoo", "E", "Pack main fuse 275 A used as the upper bound; the module carries the pack current"),
                      rep(50, "A", "Not found; ~0.5C, representative"),
                      ir_rep(3.8, "ZOE ZE40 estimate 3.0 mOhm x capacity ratio 131.2/103 = 3.8 mOhm"),
                      notes="Module-level values are representative: only pack data (36 kWh gross / 33 usable, 96 cells in series, 250-415 V) "
                            "were found; cells, module count and layout not found. " + SL_NOTE))
    # Leaf 24 ZE0 / AZE0
    lo, hi = window(2, 2.50, 4.224, "battery-emulator", "emergency limits (Battery-Emulator Leaf)")
    out.append(module("nissan-leaf-24-ze0-module", "Nissan Leaf 24 kWh ZE0 module 2s2p", "AESC / Nissan",
                      "Nissan Leaf ZE0 (2010-2012)", "second-life", "LMO-based (Mn + Ni cathode), AESC laminated cells", 2, 2,
                      q(7.5, "V", "mobility-lk-leaf", "A", "Also 2 x 3.75 V cells"), lo, hi,
                      q(65, "Ah", "note-iwa30-leaf", "E", "2 x 32.5 Ah"),
                      q(0.49, "kWh", "note-iwa30-leaf", "E", "4 x 121.9 Wh (32.5 Ah x 3.75 V); '~500 Wh' in a community build"),
                      q(3.8, "kg", "note-iwa30-leaf", "B"),
                      q(303, "mm", "note-iwa30-leaf", "B", "Terminals excluded"), q(223, "mm", "note-iwa30-leaf", "B"),
                      q(35, "mm", "note-iwa30-leaf", "B"),
                      q(130, "A", "nissanexpert-leaf-cell", "E", "'Up to 2C' (C) x 65 Ah = 130 A; 1C recommended for longevity"),
                      rep(65, "A", "Not found; 1C of 65 Ah, representative"),
                      q(1.5, "mOhm", "mynissanleaf-sag", "E", "~44 V droop at 600 A (forum, C) = 73 mOhm per pack / 48 modules"),
                      notes=SL_NOTE + " Retired Leaf Gen 1 packs measured mostly at 60-67 %"))
    out.append(module("nissan-leaf-24-aze0-module", "Nissan Leaf 24 kWh AZE0 module 2s2p", "AESC / Nissan",
                      "Nissan Leaf AZE0 (2013-2017)", "second-life", "LMO-based, AESC laminated cells", 2, 2,
                      q(7.6, "V", "note-iwa30-leaf", "E", "2 x 3.8 V"), lo, hi,
                      q(66.2, "Ah", "note-iwa30-leaf", "E", "2 x 33.1 Ah (lab module capacity 65.4 Ah, batterysim/equiv-circ-model)"),
                      q(0.50, "kWh", "note-iwa30-leaf", "E", "7.6 V x 66.2 Ah"),
                      q(3.8, "kg", "note-iwa30-leaf", "B"),
                      q(303, "mm", "note-iwa30-leaf", "B"), q(223, "mm", "note-iwa30-leaf", "B"), q(35, "mm", "note-iwa30-leaf", "B"),
                      q(132, "A", "nissanexpert-leaf-cell", "E", "'Up to 2C' (C) x 66.2 Ah"),
                      rep(66, "A", "Not found; 1C, representative"),
                      q(1.5, "mOhm", "mynissanleaf-sag", "E", "24 kWh pack forum figure: 44 V / 600 A / 48 modules"),
                      notes=SL_NOTE + " A vendor lists a 'Gen 2' module as 7.3 V / 83.33 Ah / 0.63 kWh (C, conflicting)"))
    # Leaf 40 ZE1
    for cond in ("second-life", "new"):
        lo, hi = window(4, 2.50, 4.224, "battery-emulator", "emergency limits (Battery-Emulator Leaf)")
        out.append(module("nissan-leaf-40-ze1-module" + ("-new" if cond == "new" else ""),
                          "Nissan Leaf 40 kWh ZE1 module 4s2p" + (" - new spare" if cond == "new" else ""),
                          "Envision AESC / Nissan", "Nissan Leaf ZE1 (2018-)" + (" spare part" if cond == "new" else ""), cond,
                          "NCM 523 (Envision AESC laminated cells)", 4, 2,
                          q(14.6, "V", "pushevs-leaf", "E", "4 x 3.65 V"), lo, hi,
                          q(112.6, "Ah", "pushevs-leaf", "E", "2 x 56.3 Ah"),
                          q(1.64, "kWh", "note-iwa30-leaf", "E", "8 x 205 Wh"),
                          q(8.7, "kg", "note-iwa30-leaf", "B"),
                          q(300, "mm", "note-iwa30-leaf", "B"), q(222, "mm", "note-iwa30-leaf", "B"), q(68, "mm", "note-iwa30-leaf", "B"),
                          rep(225, "A", "Not found; 2C of 112.6 Ah as for the earlier Leaf cells, representative"),
                          rep(112, "A", "Not found; 1C, representative"),
                          ir_rep(2.4, "4 series elements x ~0.6 mOhm (Leaf 24 kWh element 0.75 mOhm, larger newer cells)"),
                          notes=(SL_NOTE if cond == "second-life" else "New spare module; values as the second-life entry.")
                          + " Two 2s2p units in one case"))
    # Tesla S/X
    out.append(module("tesla-sx-module", "Tesla Model S/X module 6s74p (18650)", "Panasonic / Tesla",
                      "Tesla Model S/X (2012-2020)", "second-life", "NCA (Panasonic 18650)", 6, 74,
                      q(21.6, "V", "evtv-tesla", "B"),
                      q(16.8, "V", "evtv-tesla", "E", "6 x 2.8 V (EVTV cell limit); Battery-Emulator stops at 3.2 V = 19.2 V"),
                      q(25.2, "V", "evtv-tesla", "E", "6 x 4.2 V"),
                      q(233, "Ah", "evtv-tesla", "B", "Pack SOH reference 231.6 Ah (Battery-Emulator)"),
                      q(5.032, "kWh", "evtv-tesla", "B"),
                      q(25.6, "kg", "evtv-tesla", "B"),
                      q(685, "mm", "evtv-tesla", "B"), q(300, "mm", "evtv-tesla", "B"),
                      q(75, "mm", "evtv-tesla", "B", "Terminals 230 mm"),
                      q(1200, "A", "evtv-tesla", "B", "The car draws up to 1,200 A briefly (~5.2C); pack fuse 450 A is 'reasonable for long-term' use"),
                      rep(233, "A", "Not found; 1C, representative"),
                      ir_rep(3.0, "74 parallel 18650 cells of ~30 mOhm = 0.4 mOhm per group x 6 + busbars"),
                      notes=SL_NOTE + " Liquid-cooled in the car; cell capacity 3.2-3.4 Ah (sources differ)"))
    # BMW i3
    lo, hi = window(12, 2.70, 4.14, "battery-emulator", "emergency limits (Battery-Emulator BMW i3 94 Ah)")
    out.append(module("bmw-i3-94ah-module", "BMW i3 94 Ah module 12s1p (Samsung SDI)", "Samsung SDI / BMW",
                      "BMW i3 94 Ah (2016-2018)", "second-life", "NCM 111 (Samsung SDI prismatic)", 12, 1,
                      q(44.16, "V", "pushevs-sdi94", "E", "12 x 3.68 V"), lo, hi,
                      q(94, "Ah", "batterydesign-i3", "A"),
                      q(4.2, "kWh", "pushevs-sdi94", "E", "12 x 350 Wh"),
                      housed(24.1, "12 x 2.01 kg"),
                      rep(600, "mm", "Not found; 12 cells of 45 mm (540 mm) + end plates"),
                      rep(200, "mm", "Not found; cell 173 mm + housing"),
                      rep(150, "mm", "Not found; cell 125 mm + housing"),
                      rep(282, "A", "Not found; ~3C, well below the 6.9C derived for the 60 Ah pack (147 kW), representative"),
                      rep(94, "A", "Not found; 1C, representative"),
                      ir_rep(12, "12 prismatic cells of ~1 mOhm in series (94 Ah class)"),
                      notes=SL_NOTE + " Cell maker end of life: 80 % (Samsung SDI)"))
    lo, hi = window(12, 2.79, 4.21, "battery-emulator", "emergency limits (Battery-Emulator BMW i3 120 Ah)")
    out.append(module("bmw-i3-120ah-module", "BMW i3 120 Ah module 12s1p (Samsung SDI)", "Samsung SDI / BMW",
                      "BMW i3 120 Ah (2018-2022)", "second-life", "NCM 622 (Samsung SDI prismatic)", 12, 1,
                      q(43.92, "V", "pushevs-specs", "E", "12 x 3.66 V"), lo, hi,
                      q(120, "Ah", "batterydesign-i3", "A"),
                      q(5.28, "kWh", "pushevs-specs", "E", "12 x 440 Wh"),
                      housed(26.9, "12 x ~2.24 kg, cell mass an estimate by the source"),
                      rep(600, "mm", "Not found; same outer pack dimensions as 94 Ah, so the 94 Ah estimate is used"),
                      rep(200, "mm", "Not found; as 94 Ah"), rep(150, "mm", "Not found; as 94 Ah"),
                      rep(300, "A", "Not found; 2.5C, representative"),
                      rep(120, "A", "Not found; 1C, representative"),
                      ir_rep(10, "12 prismatic cells of ~0.85 mOhm (120 Ah class)"),
                      notes=SL_NOTE))
    # e-Golf
    out.append(module("vw-egolf-24-module-12cell", "VW e-Golf 24.2 kWh 12-cell module (4s3p, 25 Ah)", "Panasonic/Sanyo / Volkswagen",
                      "VW e-Golf 24.2 kWh (2014-2016)", "second-life", "NMC (Panasonic/Sanyo prismatic)", 4, 3,
                      q(14.67, "V", "pushevs-vw-2016", "E", "4 x 3.667 V; 4s3p derived from 323 V / 3.667 V = 88s and 264 / 88 = 3p"),
                      rep(11.0, "V", "Cell limits not found; representative NMC 2.75 V x 4"),
                      rep(16.8, "V", "Cell limits not found; representative NMC 4.2 V x 4"),
                      q(75, "Ah", "pushevs-vw-2016", "E", "3 x 25 Ah"),
                      q(1.1, "kWh", "pushevs-vw-2016", "E", "12 x 25 Ah x 3.667 V = 1.10 kWh"),
                      housed(8.7, "12 x 0.724 kg"),
                      rep(350, "mm", "Not found; representative from the 147 x 90 x 25 mm cell"),
                      rep(160, "mm", "Not found; representative"), rep(120, "mm", "Not found; representative"),
                      rep(225, "A", "Not found; 3C, representative"), rep(75, "A", "Not found; 1C, representative"),
                      ir_rep(4.0, "4 series elements of 3 x 25 Ah cells"),
                      notes=SL_NOTE + " Layout derived by us; one article captions a module '6s2p' (C, conflicting)"))
    out.append(module("vw-egolf-36-module-12cell", "VW e-Golf 35.8 kWh 12-cell module (4s3p, 37 Ah)", "Samsung SDI / Volkswagen",
                      "VW e-Golf 35.8 kWh (2017-2020)", "second-life", "NMC (Samsung SDI prismatic)", 4, 3,
                      q(14.67, "V", "vwtechworld-37ah", "E", "4 x 3.667 V (drop-in replacement of the 25 Ah cell)"),
                      rep(11.0, "V", "Cell limits not found; representative NMC 2.75 V x 4"),
                      rep(16.8, "V", "Cell limits not found; representative NMC 4.2 V x 4"),
                      q(111, "Ah", "vwtechworld-37ah", "E", "3 x 37 Ah"),
                      q(1.63, "kWh", "vwtechworld-37ah", "E", "12 x 37 Ah x 3.667 V"),
                      rep(11.0, "kg", "Not found; 37 Ah cell mass not given, ~25 % above the 25 Ah module estimate"),
                      rep(350, "mm", "Not found; drop-in cell, as the 25 Ah module"),
                      rep(160, "mm", "Not found; representative"), rep(120, "mm", "Not found; representative"),
                      rep(333, "A", "Not found; 3C, representative"), rep(111, "A", "Not found; 1C, representative"),
                      ir_rep(2.7, "25 Ah module estimate 4.0 mOhm x capacity ratio 75/111 = 2.7 mOhm"),
                      notes=SL_NOTE))
    # MEB
    lo, hi = window(12, 2.70, 4.25, "battery-emulator", "emergency limits (Battery-Emulator MEB)")
    out.append(module("vw-meb-module-12s2p", "VW MEB module 12s2p (LG E78, 2p packs)", "LG Chem / Volkswagen",
                      "VW ID.3 / ID.4 / Skoda Enyaq (first packs)", "second-life", "NCM 712 (LG Chem E78 pouch)", 12, 2,
                      q(43.8, "V", "pushevs-meb", "E", "12 x 3.65 V; 12s2p derived from 96s2p / 8 modules"), lo, hi,
                      q(156, "Ah", "pushevs-meb", "E", "2 x 78 Ah"),
                      q(6.84, "kWh", "pushevs-meb", "E", "24 x 285 Wh"),
                      housed(25.8, "24 x 1.073 kg"),
                      rep(590, "mm", "Not found; representative for a 24-pouch MEB module"),
                      rep(355, "mm", "Not found; representative"), rep(110, "mm", "Not found; representative"),
                      rep(390, "A", "Not found; 2.5C, representative"), rep(156, "A", "Not found; 1C, representative"),
                      ir_rep(4.5, "12 series elements of 2 x 78 Ah pouch cells (~0.37 mOhm each)"),
                      notes=SL_NOTE + " Later MEB packs may use other cell suppliers: check the label. 3p packs use 8s3p modules"))
    # Bolt
    lo, hi = window(10, 3.00, 4.22, "battery-emulator", "emergency limits (Battery-Emulator Bolt/Ampera)")
    out.append(module("chevrolet-bolt-module-10s3p", "Chevrolet Bolt / Opel Ampera-e module 3p10s", "LG Chem / GM",
                      "Chevrolet Bolt EV / Opel Ampera-e", "second-life", "NMC (LG Chem pouch)", 10, 3,
                      q(36.5, "V", "allev-bolt", "E", "10 x 3.65 V"), lo, hi,
                      q(165, "Ah", "allev-bolt", "E", "3 x ~55 Ah (N2.1 cells; 180 Ah with ~60 Ah N2.2 cells)"),
                      q(6.0, "kWh", "allev-bolt", "E", "36.5 V x 165 Ah = 6.0 kWh (N2.1)"),
                      rep(31.7, "kg", "Not found; pack 435 kg (carsadvisor.net, A) x 0.7 module share / 288 cells x 30 cells"),
                      rep(630, "mm", "Not found; representative"), rep(330, "mm", "Not found; representative"),
                      rep(160, "mm", "Not found; representative"),
                      q(429, "A", "palmcomputer-bolt", "E", "Pack 150 kW (C) / 350 V = 429 A (~2.6C); the module carries the pack current"),
                      rep(165, "A", "Not found; 1C, representative"),
                      ir_rep(4.0, "10 series elements of 3 x 55 Ah pouch cells"),
                      notes=SL_NOTE + " Two of the ten modules are 3p8s (29.2 V, 4.8 kWh)"))
    return out


def charger(cid, label, manufacturer, origin, condition, ctype, power, eff, mass, vmin, vmax, notes=None):
    d = base(cid, "charger", label, manufacturer, origin, condition, notes)
    d.update({"charger_type": ctype, "power": power, "efficiency": eff, "mass": mass,
              "output_voltage_min": vmin, "output_voltage_max": vmax})
    return d


def build_chargers():
    win = lambda lo, hi, why: (rep(lo, "V", why), rep(hi, "V", why))
    out = []
    v = win(250, 450, "Output window not found; representative for the high-voltage model ordered for a 96s pack "
            "(type codes HK-LF-312-20 / HK-LF-540-14 differ)")
    out.append(charger("tc-elcon-6k6", "TC Charger (Elcon) HK-LF 6.6 kW", "TC Charger (Elcon)", "new", "new", "ac-onboard",
                       q(6.6, "kW", "tc-charger-manual", "A"), EFF_CHARGER,
                       rep(11, "kg", "Not found; representative for a sealed 6.6 kW liquid/air-cooled OBC"), v[0], v[1],
                       notes="IP67, CAN with UDS diagnostics and CAN wake-up; -40 to 60 degC"))
    v = win(200, 420, "Output window not found; one phase module was measured at 320 V DC (damienmaguire/Tesla-Charger); representative")
    out.append(charger("tesla-gen2-charger-10kw", "Tesla Model S/X Gen2 charger 10 kW", "Tesla", "Tesla Model S/X",
                       "second-life", "ac-onboard", q(10, "kW", "tesla-charger-repo", "B", "Three phase modules"),
                       rep(0.86, "1", "FASTSim default 0.86 (typical-parameters.md). Note: one phase module measured 8.5 A x 320 V = 2.72 kW "
                           "out for 15.5 A x 230 V = 3.57 kVA in (power factor unknown)"),
                       rep(16, "kg", "Not found; representative"), v[0], v[1],
                       notes="Needs an open-source control board (damienmaguire V1-V4)"))
    v = win(250, 420, "Output window not found; representative 400 V-class")
    out.append(charger("tesla-obc-11kw", "Tesla on-board charger 11 kW (Model S/3/X/Y, current)", "Tesla",
                       "Tesla Model 3 / Y", "second-life", "ac-onboard",
                       q(11, "kW", "tesla-obc-support", "A", "Three-phase 16 A at 400 V; 7.4 kW single-phase 32 A"),
                       EFF_CHARGER, rep(12, "kg", "Not found; representative"), v[0], v[1],
                       notes="No open controller documented in the references"))
    lv = win(240, 405.5, "Leaf pack window 240-405.5 V (Battery-Emulator) used; charger rating not found")
    out.append(charger("nissan-leaf-obc-3k3", "Nissan Leaf on-board charger 3.3 kW", "Nissan", "Nissan Leaf ZE0 (2011)",
                       "second-life", "ac-onboard", q(3.3, "kW", "wardsauto-leaf", "B"), EFF_CHARGER,
                       rep(12, "kg", "Not found; representative"), lv[0], lv[1]))
    out.append(charger("nissan-leaf-obc-6k6", "Nissan Leaf / e-NV200 on-board charger 6.6 kW", "Nissan",
                       "Nissan Leaf AZE0 / ZE1, e-NV200", "second-life", "ac-onboard",
                       q(6.6, "kW", "whamre-nissan", "C", "3.6 kW or 6.6 kW options on later Leaf and e-NV200"),
                       EFF_CHARGER, rep(16, "kg", "Not found; representative"), lv[0], lv[1]))
    v = win(250, 400, "Output window not found; representative (Outlander PHEV pack class, also used on 400 V conversions)")
    out.append(charger("mitsubishi-outlander-obc", "Mitsubishi Outlander PHEV charger (with DC-DC)", "Mitsubishi",
                       "Mitsubishi Outlander PHEV", "second-life", "ac-onboard",
                       q(3.7, "kW", "openinverter-outlander", "B", "3.3-3.7 kW"), EFF_CHARGER,
                       rep(13, "kg", "Not found; representative for the combined charger + DC-DC unit"), v[0], v[1],
                       notes="CAN-controlled; part numbers W005T70271 (pre-2018) and W005T70272; same housing as the outlander-dcdc entry"))
    v = win(250, 415, "Kangoo pack window 250-415 V (Battery-Emulator) used; charger rating not found")
    out.append(charger("renault-kangoo-ze33-obc-7kw", "Renault Kangoo Z.E. 33 on-board charger 7 kW", "Renault",
                       "Renault Kangoo Z.E. 33", "second-life", "ac-onboard",
                       q(7, "kW", "automobile-propre-kangoo33", "B", "No 'Chameleon' charger"), EFF_CHARGER,
                       rep(15, "kg", "Not found; representative"), v[0], v[1],
                       notes="Needs the Renault BMS/vehicle CAN; no open controller documented"))
    v = win(200, 500, "Representative 400 V-class DC charging window")
    out.append(charger("dc-inlet-ccs-50kw", "DC fast-charging inlet (CCS2), representative 50 kW", "various", "new", "new",
                       "dc-inlet", rep(50, "kW", "Representative 50 kW DC fast charging: the limit is set by the pack "
                                       "(current, cooling) and the charge controller, not by the inlet"),
                       rep(0.99, "1", "Representative: inlet, cables and contactors only (conversion happens in the station)"),
                       rep(6, "kg", "Representative: inlet, DC cables, contactors, fuse; charge controller not included"),
                       v[0], v[1], notes="Representative entry (50 kW, say so in documents); needs a CCS charge controller"))
    return out


def dcdc(cid, label, manufacturer, origin, condition, power, eff, mass, vmin, vmax, notes=None):
    d = base(cid, "dcdc", label, manufacturer, origin, condition, notes)
    d.update({"power": power, "efficiency": eff, "mass": mass, "input_voltage_min": vmin, "input_voltage_max": vmax})
    return d


EFF_DCDC = rep(0.92, "1", "DC-DC efficiency not found; representative for an isolated 12 V converter")


def build_dcdc():
    return [
        dcdc("tesla-gen2-dcdc", "Tesla Model S/X Gen2 DC-DC", "Tesla", "Tesla Model S/X", "second-life",
             rep(2.5, "kW", "Rated power not found (status frame reports input power); representative for a 12 V converter of this class"),
             EFF_DCDC, rep(5, "kg", "Not found; representative"),
             rep(250, "V", "Input range not found; representative 400 V-class"), rep(420, "V", "Input range not found; representative 400 V-class"),
             notes="Runs without CAN: 12 V on the enable pin gives 13.5 V out; 14 V on CAN request"),
        dcdc("mitsubishi-outlander-dcdc", "Mitsubishi Outlander PHEV DC-DC (in the charger housing)", "Mitsubishi",
             "Mitsubishi Outlander PHEV", "second-life",
             rep(1.8, "kW", "Rated power not found; representative for the Outlander 12 V converter"),
             EFF_DCDC, rep(0.1, "kg", "Shares the housing with the mitsubishi-outlander-obc entry (mass counted there); 0.1 kg placeholder"),
             rep(200, "V", "Input range not found; representative"), rep(400, "V", "Input range not found; representative"),
             notes="CAN-controlled (openinverter.org)"),
        dcdc("generic-dcdc-2k5", "Isolated DC-DC converter 2.5 kW (representative)", "various", "new", "new",
             rep(2.5, "kW", "Representative 2.5 kW / ~180 A at 13.8 V for van 12 V loads"),
             EFF_DCDC, rep(4, "kg", "Representative"),
             rep(200, "V", "Representative 400 V-class input"), rep(450, "V", "Representative 400 V-class input"),
             notes="Representative entry: replace with the datasheet of the unit bought"),
    ]


def build_components():
    entries = build_motors() + build_inverters() + build_reducers() + build_modules() + build_chargers() + build_dcdc()
    return make_file("components", COMPONENT_SOURCES, entries)


def make_file(catalog, sources, entries, engines=None):
    used = set()
    walk_sources(entries, used)
    if engines:
        walk_sources(engines, used)
    doc = {
        "format": "remaster-catalog",
        "format_version": 1,
        "catalog": catalog,
        "catalog_version": CATALOG_VERSION,
        "sources": [{"id": sid, "citation": sources[sid][0], "note": sources[sid][1]}
                    for sid in sorted(sources) if sid in used or sid == REP],
    }
    unused = sorted(set(sources) - used - {REP})
    if unused:
        # Sources cited only in notes are still listed so that every reference is resolvable.
        doc["sources"] += [{"id": sid, "citation": sources[sid][0], "note": sources[sid][1]} for sid in unused]
        doc["sources"].sort(key=lambda s: s["id"])
    if engines is not None:
        doc["engines"] = sorted(engines, key=lambda e: e["id"])
    doc["entries"] = sorted(entries, key=lambda e: (e.get("kind", ""), e["id"]))
    return doc


def walk_sources(obj, used):
    if isinstance(obj, dict):
        if "source" in obj and "confidence" in obj:
            used.add(obj["source"])
        for v in obj.values():
            walk_sources(v, used)
    elif isinstance(obj, list):
        for v in obj:
            walk_sources(v, used)


# =============================================================================================
# Validation (docs/catalog-format.md)
# =============================================================================================

UNITS = {"mass": {"kg", "t"}, "length": {"mm", "m"}, "area": {"m2"}, "volume": {"L"},
         "dimensionless": {"1", "%"}, "power": {"kW", "W"}, "torque": {"N.m"}, "speed": {"rpm"},
         "voltage": {"V"}, "current": {"A"}, "charge": {"Ah"}, "energy": {"kWh", "Wh"},
         "resistance": {"mOhm", "Ohm"}}
TO_BASE = {"kg": 1, "t": 1000, "mm": 1, "m": 1000, "m2": 1, "L": 1, "1": 1, "%": 0.01, "kW": 1, "W": 0.001,
           "N.m": 1, "rpm": 1, "V": 1, "A": 1, "Ah": 1, "kWh": 1, "Wh": 0.001, "mOhm": 1, "Ohm": 1000}
ID_RE = re.compile(r"^[a-z0-9-]+$")

# field -> (dimension, min, max, min exclusive?) in base units (kg, mm, m2, L, 1, kW, N.m, rpm, V, A, Ah, kWh, mOhm)
VEHICLE_FIELDS = {
    "gvw": ("mass", 2000, 5000), "mass_in_running_order": ("mass", 1200, 4000),
    "front_axle_limit": ("mass", 800, 4000), "rear_axle_limit": ("mass", 800, 4000),
    "unladen_front_axle_load": ("mass", 1, None), "wheelbase": ("length", 2500, 5000),
    "overall_length": ("length", 4000, 8500), "overall_width": ("length", 1800, 2600),
    "overall_height": ("length", 1800, 3200), "load_space_centre_from_front_axle": ("length", 0, 6000),
    "frontal_area": ("area", 2, 8), "drag_coefficient": ("dimensionless", 0.2, 1.0),
    "rolling_resistance": ("dimensionless", 0.004, 0.02), "tyre_rolling_radius": ("length", 250, 500),
    "fuel_tank": ("volume", 40, 200),
}
KIND_FIELDS = {
    "motor": {"peak_power": ("power", 1, 500), "continuous_power": ("power", 1, 500),
              "peak_torque": ("torque", 1, 5000), "max_speed": ("speed", 1000, 25000),
              "dc_voltage_min": ("voltage", 12, 1000), "dc_voltage_max": ("voltage", 12, 1000),
              "mass": ("mass", 1, 500), "peak_efficiency": ("dimensionless", 0.5, 1)},
    "inverter": {"dc_voltage_min": ("voltage", 12, 1000), "dc_voltage_max": ("voltage", 12, 1000),
                 "peak_power": ("power", 1, 500), "continuous_power": ("power", 1, 500),
                 "peak_phase_current": ("current", 1, 3000), "continuous_phase_current": ("current", 1, 3000),
                 "mass": ("mass", 0.1, 500), "efficiency": ("dimensionless", 0.5, 1)},
    "reducer": {"ratio": ("dimensionless", 1, 20), "max_input_torque": ("torque", 1, 5000),
                "max_input_speed": ("speed", 1000, 25000), "mass": ("mass", 0.1, 500),
                "efficiency": ("dimensionless", 0.5, 1)},
    "battery-module": {"nominal_voltage": ("voltage", 1, 1000), "min_voltage": ("voltage", 1, 1000),
                       "max_voltage": ("voltage", 1, 1000), "capacity": ("charge", 1, 1000),
                       "energy": ("energy", 0.01, 100), "mass": ("mass", 0.1, 500),
                       "length": ("length", 10, 3000), "width": ("length", 10, 3000), "height": ("length", 10, 3000),
                       "max_discharge_current": ("current", 1, 3000), "max_charge_current": ("current", 1, 3000),
                       "internal_resistance": ("resistance", 0.01, 10000)},
    "charger": {"power": ("power", 0.5, 400), "efficiency": ("dimensionless", 0.5, 1), "mass": ("mass", 0, 500),
                "output_voltage_min": ("voltage", 12, 1000), "output_voltage_max": ("voltage", 12, 1000)},
    "dcdc": {"power": ("power", 0.1, 10), "efficiency": ("dimensionless", 0.5, 1), "mass": ("mass", 0.1, 100),
             "input_voltage_min": ("voltage", 12, 1000), "input_voltage_max": ("voltage", 12, 1000)},
}
KIND_STRINGS = {"motor": ["technology"], "battery-module": ["chemistry"], "charger": ["charger_type"]}


class Checker:
    def __init__(self, name, doc):
        self.name, self.doc, self.errors = name, doc, []
        self.source_ids = {s["id"] for s in doc.get("sources", [])}

    def err(self, where, msg):
        self.errors.append(f"{self.name}: {where}: {msg}")

    def value(self, where, field, obj, dim, lo, hi, lo_exclusive=False):
        """Checks a sourced value; returns its value in base units or None."""
        if not isinstance(obj, dict):
            self.err(where, f"{field} missing or not an object")
            return None
        for k in ("value", "unit", "source", "confidence"):
            if k not in obj:
                self.err(where, f"{field}.{k} missing")
                return None
        if not isinstance(obj["value"], (int, float)) or isinstance(obj["value"], bool):
            self.err(where, f"{field}.value not a number")
            return None
        if obj["unit"] not in UNITS[dim]:
            self.err(where, f"{field}.unit '{obj['unit']}' not accepted for {dim} {sorted(UNITS[dim])}")
            return None
        if obj["source"] not in self.source_ids:
            self.err(where, f"{field}.source '{obj['source']}' not in sources")
        if obj["confidence"] not in ("A", "B", "C", "E", "R"):
            self.err(where, f"{field}.confidence '{obj['confidence']}' invalid")
        if obj["confidence"] in ("E", "R") and not obj.get("note"):
            self.err(where, f"{field}: {obj['confidence']} value without a note")
        if obj["source"] == REP and obj["confidence"] != "R":
            self.err(where, f"{field}: source {REP} used with confidence {obj['confidence']}")
        v = obj["value"] * TO_BASE[obj["unit"]]
        if (lo is not None and (v < lo or (lo_exclusive and v <= lo))) or (hi is not None and v > hi):
            self.err(where, f"{field} = {v} outside [{lo}, {hi}]")
        return v

    def ident(self, where, ids, i):
        if not isinstance(i, str) or not ID_RE.match(i):
            self.err(where, f"id '{i}' does not match [a-z0-9-]+")
        if i in ids:
            self.err(where, f"duplicate id '{i}'")
        ids.add(i)

    def common(self, catalog):
        d = self.doc
        if d.get("format") != "remaster-catalog" or d.get("format_version") != 1:
            self.err("file", "format / format_version")
        if d.get("catalog") != catalog or d.get("catalog_version") != CATALOG_VERSION:
            self.err("file", "catalog / catalog_version")
        sids = set()
        for s in d["sources"]:
            self.ident("sources", sids, s["id"])
            if not s.get("citation"):
                self.err(s["id"], "source without citation")
        if REP not in sids:
            self.err("sources", f"{REP} missing")

    def vehicles(self):
        self.common("vehicles")
        eids, ids = set(), set()
        gen_of = {}
        for e in self.doc["engines"]:
            w = f"engine {e['id']}"
            self.ident(w, eids, e["id"])
            gen_of[e["id"]] = e["generation"]
            for k in ("label", "code", "fuel"):
                if not e.get(k):
                    self.err(w, f"{k} missing")
            if e["generation"] not in ("master-3", "master-4"):
                self.err(w, "generation")
            y = e["years"]
            if not (isinstance(y["from"], int) and (y["to"] is None or y["from"] <= y["to"])):
                self.err(w, "years")
            self.value(w, "power", e["power"], "power", 1, 500)
            if "torque" in e:
                self.value(w, "torque", e["torque"], "torque", 1, 2000)
        for v in self.doc["entries"]:
            w = f"vehicle {v['id']}"
            self.ident(w, ids, v["id"])
            checks = {"generation": ("master-3", "master-4"), "phase": ("2010", "2014", "2019", "2024"),
                      "body": ("panel-van", "chassis-cab", "platform-cab"), "length_code": ("L1", "L2", "L3", "L4"),
                      "height_code": ("H1", "H2", "H3"), "drive": ("fwd", "rwd"), "rear_wheels": ("single", "twin"),
                      "category": ("N1", "N2")}
            for k, allowed in checks.items():
                if v.get(k) not in allowed:
                    self.err(w, f"{k} = {v.get(k)!r} not in {allowed}")
            for k in ("label", "gearbox", "tyre_size"):
                if not isinstance(v.get(k), str) or not v[k]:
                    self.err(w, f"{k} missing")
            y = v["years"]
            if not (isinstance(y["from"], int) and y["from"] >= 2010 and (y["to"] is None or y["from"] <= y["to"])):
                self.err(w, "years")
            if not v["engines"]:
                self.err(w, "no engine")
            for e in v["engines"]:
                if e not in eids:
                    self.err(w, f"engine {e} not defined")
                elif gen_of[e] != v["generation"]:
                    self.err(w, f"engine {e} is of another generation")
            val = {f: self.value(w, f, v.get(f), *spec) for f, spec in VEHICLE_FIELDS.items()}
            if None in val.values():
                continue
            if not val["mass_in_running_order"] < val["gvw"]:
                self.err(w, "mass_in_running_order >= gvw")
            if val["front_axle_limit"] + val["rear_axle_limit"] < val["gvw"]:
                self.err(w, "front + rear axle limit < gvw")
            if not val["overall_length"] > val["wheelbase"]:
                self.err(w, "overall_length <= wheelbase")
            if not 0 < val["unladen_front_axle_load"] < val["mass_in_running_order"]:
                self.err(w, "unladen_front_axle_load not in (0, mass_in_running_order)")
            if v["category"] != ("N1" if val["gvw"] <= 3500 else "N2"):
                self.err(w, "category does not follow GVW")
            # layout rules from the reference (L1/L2 FWD only, L4 RWD only, 4.5 t twin RWD)
            if v["length_code"] in ("L1", "L2") and v["drive"] != "fwd":
                self.err(w, "L1/L2 must be FWD")
            if v["length_code"] == "L4" and v["drive"] != "rwd":
                self.err(w, "L4 must be RWD")
            if v["body"] != "panel-van" and v["height_code"] != "H1":
                self.err(w, "cab bodies use H1 as cab roof code")
            if not isinstance(v["removed_parts"], list) or not v["removed_parts"]:
                self.err(w, "removed_parts missing")
                continue
            pids = set()
            for p in v["removed_parts"]:
                pw = f"{w} part {p.get('id')}"
                self.ident(pw, pids, p.get("id"))
                if not p.get("name"):
                    self.err(pw, "name missing")
                self.value(pw, "mass", p.get("mass"), "mass", 0, 1000)
                self.value(pw, "position_from_front_axle", p.get("position_from_front_axle"), "length", -2000, 8000)
            if v["drive"] == "rwd" and "propeller-shaft" not in pids:
                self.err(w, "RWD without propeller shaft")
        if self.doc["sources"] and not self.doc["entries"]:
            self.err("file", "no entries")

    def components(self):
        self.common("components")
        ids = set()
        for c in self.doc["entries"]:
            w = f"component {c['id']}"
            self.ident(w, ids, c["id"])
            kind = c.get("kind")
            if kind not in KIND_FIELDS:
                self.err(w, f"kind {kind!r}")
                continue
            if c.get("condition") not in ("new", "second-life"):
                self.err(w, "condition")
            for k in ["label", "manufacturer", "origin"] + KIND_STRINGS.get(kind, []):
                if not isinstance(c.get(k), str) or not c[k]:
                    self.err(w, f"{k} missing")
            val = {f: self.value(w, f, c.get(f), *spec) for f, spec in KIND_FIELDS[kind].items()}
            if None in val.values():
                continue
            if kind in ("motor", "inverter"):
                if val["continuous_power"] > val["peak_power"]:
                    self.err(w, "continuous_power > peak_power")
                if val["dc_voltage_min"] >= val["dc_voltage_max"]:
                    self.err(w, "dc_voltage_min >= max")
            if kind == "inverter" and val["continuous_phase_current"] > val["peak_phase_current"]:
                self.err(w, "continuous phase current > peak")
            if kind == "battery-module":
                for k in ("cells_series", "cells_parallel"):
                    if not isinstance(c.get(k), int) or c[k] < 1:
                        self.err(w, f"{k} must be an integer >= 1")
                if not val["min_voltage"] < val["nominal_voltage"] < val["max_voltage"]:
                    self.err(w, "voltages not min < nominal < max")
                e = val["nominal_voltage"] * val["capacity"] / 1000
                if abs(e - val["energy"]) / val["energy"] > 0.06:
                    self.err(w, f"energy {val['energy']} kWh inconsistent with V x Ah = {e:.2f} kWh")
                if c["condition"] == "second-life" and c["origin"] in ("", "new"):
                    self.err(w, "second-life module needs the donor vehicle as origin")
            if kind == "charger":
                if c["charger_type"] not in ("ac-onboard", "dc-inlet"):
                    self.err(w, "charger_type")
                if val["output_voltage_min"] >= val["output_voltage_max"]:
                    self.err(w, "output voltage min >= max")
            if kind == "dcdc" and val["input_voltage_min"] >= val["input_voltage_max"]:
                self.err(w, "input voltage min >= max")


# =============================================================================================
# Drive-cycle manifest
# =============================================================================================
# From resources/cycles/README.md (copied from shared/data/cycles): file stem -> (display name,
# official reference, source, duration s, distance km, max km/h, phases)
WLTC4 = [("Low", 0, 589), ("Medium", 589, 1022), ("High", 1022, 1477), ("Extra High", 1477, 1800)]
JRC = "JRCSTU/wltp @ 18650f37"
CYCLES = {
    "wltc-class1": ("WLTC class 1", "UN GTR No. 15 Annex 1 / UN R154 (WLTP)",
                    f"{JRC} : wltp/cycles/V_class1.txt (phase lengths from wltp/cycles/class1.py)", 1611, 11.428, 64.4,
                    [("Low", 0, 589), ("Medium", 589, 1022), ("Low", 1022, 1611)]),
    "wltc-class2": ("WLTC class 2", "UN GTR No. 15 Annex 1 / UN R154",
                    f"{JRC} : wltp/cycles/V_class2.txt (class2.py)", 1800, 22.649, 123.1, WLTC4),
    "wltc-class3a": ("WLTC class 3a", "UN GTR No. 15 Annex 1 / UN R154",
                     f"{JRC} : wltp/cycles/V_class3a.txt (class3.py)", 1800, 23.194, 131.3, WLTC4),
    "wltc-class3b": ("WLTC class 3b", "UN GTR No. 15 Annex 1 / UN R154",
                     f"{JRC} : wltp/cycles/V_class3b.txt (class3.py)", 1800, 23.266, 131.3, WLTC4),
    "nedc": ("NEDC (UDC + EUDC)", "UNECE R83 Annex 4a (also R101); EU Dir. 70/220/EEC as amended",
             f"{JRC} : wltp/cycles/V_nedc.txt (times 1...1180; t = 0 idle sample added)", 1180, 11.013, 120.0,
             [("UDC", 0, 780), ("EUDC", 780, 1180)]),
    "udds": ("EPA UDDS (LA-4, FTP-72)", "US 40 CFR Part 86, Appendix I(a)",
             "NREL/fastsim @ bd9111bb : python/fastsim/resources/cycles/udds.csv", 1369, 11.990, 91.25,
             [("Transient (bag 1)", 0, 505), ("Stabilized", 505, 1369)]),
    "hwfet": ("EPA Highway Fuel Economy Test (HWFET)", "US 40 CFR Part 600, Appendix I",
              "NREL/fastsim @ bd9111bb : python/fastsim/resources/cycles/hwfet.csv", 765, 16.507, 96.40, None),
    "artemis-urban": ("Artemis Urban", "Common Artemis Driving Cycles (Andre 2004, EU 5th FP ARTEMIS); not a regulation",
                      "TUMFTM/Modular-Quasi-Static-Longitudinal-Simulation-for-BEV @ 16c07b60 : 03_Drive_Cycle/ARTEMIS_URBAN.mat",
                      993, 4.870, 57.7, None),
    "artemis-rural": ("Artemis Rural road", "CADC (Andre 2004)",
                      "TUMFTM/Modular-Quasi-Static-Longitudinal-Simulation-for-BEV @ 16c07b60 : 03_Drive_Cycle/ARTEMIS_ROAD.mat",
                      1082, 17.273, 111.5, None),
    "artemis-motorway-150": ("Artemis Motorway (150 km/h)", "CADC (Andre 2004)",
                             "TUMFTM/Modular-Quasi-Static-Longitudinal-Simulation-for-BEV @ 16c07b60 : 03_Drive_Cycle/ARTEMIS_MOTORWAY.mat",
                             1068, 29.545, 150.4, None),
    "artemis-motorway-130": ("Artemis Motorway (130 km/h)", "CADC (Andre 2004)",
                             "Laboratory-for-Energy-Systems-Analysis/carculator_utils @ e431f50b : "
                             "carculator_utils/data/driving_cycles/car.csv, column \"CADC Motorway 130\"",
                             1068, 28.736, 131.8, None),
    "vecto-urban-delivery-3.5t": ("VECTO Urban Delivery (simulated 3.5 t truck)",
                                  "Mission profile of VECTO (Commission Regulation (EU) 2017/2400); not a chassis-dyno test cycle",
                                  "romainsacchi/carculator_truck @ ab489eeb : dev/Class2_RigidTruck_ENG_35_Urban_Delivery_1Hz_full.vmod",
                                  3223, 27.815, 85.0, None),
    "vecto-regional-delivery-3.5t": ("VECTO Regional Delivery (simulated 3.5 t truck)",
                                     "VECTO (Reg. (EU) 2017/2400) mission profile",
                                     "romainsacchi/carculator_truck @ ab489eeb : dev/Class2_RigidTruck_ENG_35_Regional_Delivery_1Hz_full.vmod",
                                     1566, 25.836, 85.0, None),
}


def build_cycles(errors):
    cdir = ROOT / "resources" / "cycles"
    files = sorted(p.stem for p in cdir.glob("*.csv"))
    if files != sorted(CYCLES):
        errors.append(f"cycles: CSV files {files} do not match the manifest table {sorted(CYCLES)}")
    out = []
    for stem in sorted(CYCLES):
        name, ref, src, dur, km, vmax, phases = CYCLES[stem]
        path = cdir / f"{stem}.csv"
        if path.exists():
            lines = path.read_text(encoding="utf-8").split()
            if lines[0] != "time_s,speed_kmh":
                errors.append(f"cycles: {stem}: bad header")
            rows = [tuple(float(x) for x in ln.split(",")) for ln in lines[1:]]
            if [int(r[0]) for r in rows] != list(range(len(rows))):
                errors.append(f"cycles: {stem}: time column not 0..N step 1")
            d_csv, km_csv, vmax_csv = int(rows[-1][0]), sum(r[1] for r in rows) / 3600, max(r[1] for r in rows)
            if d_csv != dur or abs(km_csv - km) > 0.0015 or abs(vmax_csv - vmax) > 0.051:
                errors.append(f"cycles: {stem}: CSV gives {d_csv} s {km_csv:.3f} km {vmax_csv} km/h, table {dur} s {km} km {vmax} km/h")
        ph = phases or [("Whole cycle", 0, dur)]
        if ph[0][1] != 0 or ph[-1][2] != dur or any(a[2] != b[1] for a, b in zip(ph, ph[1:])):
            errors.append(f"cycles: {stem}: phases do not tile 0..{dur}")
        out.append({"id": stem, "file": f"{stem}.csv", "name": name, "official_reference": ref, "source": src,
                    "duration_s": dur, "distance_km": km, "max_speed_kmh": vmax,
                    "phases": [{"name": n, "start_s": a, "end_s": b} for n, a, b in ph]})
    return {"format": "remaster-cycles", "format_version": 1,
            "note": "Copied from shared/data/cycles on 2026-11-28; see README.md. Speed traces at 1 Hz, header "
                    "time_s,speed_kmh. Phase boundaries are shared samples: use half-open intervals [start_s, end_s).",
            "cycles": out}


# =============================================================================================
# Main
# =============================================================================================

def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def stats(vehicles, components):
    counts = {}

    def walk(o):
        if isinstance(o, dict):
            if "confidence" in o and "source" in o:
                counts[o["confidence"]] = counts.get(o["confidence"], 0) + 1
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(vehicles)
    cv = dict(sorted(counts.items()))
    counts.clear()
    walk(components)
    cc = dict(sorted(counts.items()))
    kinds = {}
    for c in components["entries"]:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    return cv, cc, kinds


def main(argv):
    check_only = "--check" in argv
    vehicles = build_vehicles()
    components = build_components()
    errors = []
    for name, doc, fn in (("vehicles.json", vehicles, "vehicles"), ("components.json", components, "components")):
        c = Checker(name, doc)
        getattr(c, fn)()
        errors += c.errors
    cycles = build_cycles(errors)
    if errors:
        print("CATALOG VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    outputs = {ROOT / "resources" / "catalog" / "vehicles.json": dump(vehicles),
               ROOT / "resources" / "catalog" / "components.json": dump(components),
               ROOT / "resources" / "cycles" / "cycles.json": dump(cycles)}
    stale = []
    for path, text in outputs.items():
        if check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    cv, cc, kinds = stats(vehicles, components)
    print(f"vehicles: {len(vehicles['entries'])} variants, {len(vehicles['engines'])} engines, "
          f"{len(vehicles['sources'])} sources; confidence {cv}")
    print(f"components: {len(components['entries'])} entries {dict(sorted(kinds.items()))}, "
          f"{len(components['sources'])} sources; confidence {cc}")
    print(f"cycles: {len(cycles['cycles'])}")
    if stale:
        print("out of date (run without --check): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
