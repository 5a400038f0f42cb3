# Source list of remaster_model. Add new model files here.
set(REMASTER_MODEL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/units.h
    ${CMAKE_CURRENT_LIST_DIR}/errors.h
    ${CMAKE_CURRENT_LIST_DIR}/sourced.h
    ${CMAKE_CURRENT_LIST_DIR}/sourced.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog.h
    ${CMAKE_CURRENT_LIST_DIR}/catalog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/catalog_set.h
    ${CMAKE_CURRENT_LIST_DIR}/catalog_validation.h
    ${CMAKE_CURRENT_LIST_DIR}/catalog_validation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/variant_filter.h
    ${CMAKE_CURRENT_LIST_DIR}/design.h
    ${CMAKE_CURRENT_LIST_DIR}/design.cpp
    ${CMAKE_CURRENT_LIST_DIR}/design_check.h
    ${CMAKE_CURRENT_LIST_DIR}/design_check.cpp
    # The kit finder (issue 13): searches the catalog with the design path above.
    ${CMAKE_CURRENT_LIST_DIR}/kit_finder.h
    ${CMAKE_CURRENT_LIST_DIR}/kit_finder.cpp
)
