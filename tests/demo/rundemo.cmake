# Generates the demo collection and archives it with the real program.
file(REMOVE_RECURSE ${DEMO_DIR})
execute_process(COMMAND ${GENERATOR} ${DEMO_DIR}/models COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${PROGRAM} --all ${DEMO_DIR}/models --output ${DEMO_DIR}/archive --notimeout
                RESULT_VARIABLE result)
# Exit code 1 is expected: the collection holds a half-downloaded file on purpose.
if(NOT result EQUAL 0 AND NOT result EQUAL 1)
    message(FATAL_ERROR "civitai-data-manager failed with exit code ${result}")
endif()
message(STATUS "Demo archive: ${DEMO_DIR}/archive")
