# Read by cpack once per generator, after CPACK_GENERATOR is set to the generator being run
# (CPACK_PROJECT_CONFIG_FILE; Mixxx's packaging/CPackConfig.cmake works the same way).
if(CPACK_GENERATOR STREQUAL "DEB")
    # A Debian package always installs under /usr, whatever CMAKE_INSTALL_PREFIX the build used
    # (scripts/quickstart.sh builds with the default /usr/local).
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
elseif(CPACK_GENERATOR STREQUAL "TGZ" OR CPACK_GENERATOR STREQUAL "ZIP")
    # Relocatable archives: bin/, share/ at the top of remaster-<version>-<system>/.
    set(CPACK_PACKAGING_INSTALL_PREFIX "")
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
