# Windows deployment and installers, included from packaging/CMakeLists.txt inside if(WIN32).
# See packaging/windows/README.md. Nothing here runs on Linux.

# --- Qt runtime next to the executables: windeployqt at install time --------------------------
# Runs on the *installed* executables, so it serves `cmake --install --prefix DIR` and every
# CPack generator (which install into a staging folder) alike.
find_program(REMASTER_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's windeployqt, copies the Qt DLLs and plugins next to the executables")
if(NOT REMASTER_WINDEPLOYQT AND TARGET Qt6::qmake)
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(REMASTER_WINDEPLOYQT windeployqt HINTS "${_qt_bin}")
endif()
if(REMASTER_WINDEPLOYQT)
    set(_deploy_targets remaster-cli)
    if(REMASTER_BUILD_GUI)
        list(PREPEND _deploy_targets remaster)
    endif()
    foreach(_target IN LISTS _deploy_targets)
        # --no-compiler-runtime: the MSVC runtime is installed below; --no-opengl-sw and
        # --no-system-d3d-compiler: widgets and Qt Charts draw with the raster engine, no GL.
        # The SQLite driver (sqldrivers/qsqlite.dll) comes with Qt Sql; Qt's own translations
        # (qtbase_fr.qm ...) go to bin/translations/, which qt.conf names.
        install(CODE "
            message(STATUS \"windeployqt: ${_target}.exe\")
            execute_process(
                COMMAND \"${REMASTER_WINDEPLOYQT}\"
                        $<IF:$<CONFIG:Debug>,--debug,--release>
                        --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler
                        --verbose 0
                        \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${_target}.exe\"
                RESULT_VARIABLE _rc)
            if(NOT _rc EQUAL 0)
                message(FATAL_ERROR \"windeployqt failed on ${_target}.exe (exit \${_rc})\")
            endif()")
    endforeach()
else()
    message(WARNING "windeployqt not found: `cmake --install` and cpack will not copy the Qt DLLs. "
                    "Set REMASTER_WINDEPLOYQT to C:/Qt/<version>/<compiler>/bin/windeployqt.exe.")
endif()

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/windows/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})

# --- MSVC runtime DLLs (vcruntime140.dll, msvcp140.dll ...) ------------------------------------
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

# --- Common installer settings ------------------------------------------------------------------
set(REMASTER_WINDOWS_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/remaster.ico")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${REMASTER_APP_ID}")

# --- NSIS (makensis from https://nsis.sourceforge.io, 3.x) -------------------------------------
set(_pf86 "ProgramFiles(x86)")
find_program(REMASTER_MAKENSIS makensis PATHS "$ENV{${_pf86}}/NSIS" "$ENV{ProgramFiles}/NSIS")
set(CPACK_NSIS_PACKAGE_NAME "ReMaster ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "ReMaster")
set(CPACK_NSIS_MUI_ICON "${REMASTER_WINDOWS_ICON}")
set(CPACK_NSIS_MUI_UNIICON "${REMASTER_WINDOWS_ICON}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\remaster.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${REMASTER_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offer to put bin\ (remaster-cli.exe) on PATH.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "remaster.exe")
set(CPACK_CREATE_DESKTOP_LINKS "remaster")
# Exported build sheets (*.remaster-sheets) open in ReMaster. SHCTX is HKLM for an all-users
# install and HKCU for a per-user one. Four backslashes here give one in the NSIS script.
set(_progid "${REMASTER_APP_ID}.sheets")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr SHCTX 'Software\\\\Classes\\\\.remaster-sheets' '' '${_progid}'
    WriteRegStr SHCTX 'Software\\\\Classes\\\\.remaster-sheets' 'Content Type' 'application/vnd.refactory.remaster-sheets+json'
    WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}' '' 'ReMaster build sheets'
    WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\remaster.exe,0'
    WriteRegStr SHCTX 'Software\\\\Classes\\\\${_progid}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\remaster.exe\\\" \\\"%1\\\"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey SHCTX 'Software\\\\Classes\\\\${_progid}'
    DeleteRegValue SHCTX 'Software\\\\Classes\\\\.remaster-sheets' ''
    DeleteRegValue SHCTX 'Software\\\\Classes\\\\.remaster-sheets' 'Content Type'
    DeleteRegKey /ifempty SHCTX 'Software\\\\Classes\\\\.remaster-sheets'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")

# --- WiX Toolset 3.x (candle/light on PATH or WIX set): cpack -G WIX -----------------------------
# The upgrade code identifies ReMaster across versions: never change it.
set(CPACK_WIX_UPGRADE_GUID "7B20DA57-6ECB-47A4-B9F7-82C83A670FCD")
set(CPACK_WIX_PRODUCT_ICON "${REMASTER_WINDOWS_ICON}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "ReMaster")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
