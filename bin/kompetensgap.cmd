@echo off
rem Runs kompetensgap with the JVM settings it is measured with (see bin\kompetensgap).
setlocal
set "dir=%~dp0"
set "jar=%dir%..\target\kompetensgap.jar"
if not exist "%jar%" set "jar=%dir%kompetensgap.jar"
if not exist "%jar%" (
  echo kompetensgap: hittar inte kompetensgap.jar. Bygg programmet med: mvn -q package -DskipTests 1>&2
  exit /b 1
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
set "archive=%jar:~0,-4%.jsa"
set "cds="
if exist "%archive%" set "cds=-XX:SharedArchiveFile=%archive%"
"%java%" "@%dir%jvm.options" %cds% -jar "%jar%" %*
exit /b %ERRORLEVEL%
