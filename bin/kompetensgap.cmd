@echo off
rem Runs kompetensgap with the JVM settings it is measured with (see bin\kompetensgap).
rem Works in the repository (jar in ..\target) and in the unzipped bundle (jar next to this file).
rem No class-data archive here: an archive fits only the JVM that wrote it, and cmd cannot tell
rem cheaply which JVM "java" is (issue 14). Start-up is a little slower; the results are the same.
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
if not defined JAVA_HOME (
  where java >nul 2>nul || (
    echo kompetensgap: hittar inte Java. Installera Java 17 eller senare, t.ex. Eclipse Temurin 17. 1>&2
    exit /b 1
  )
)
rem Double-clicked in Explorer (no arguments, and cmd was started for this file alone): the
rem window, without a console left open (issue 14). Typed without arguments: the overview.
if not "%~1"=="" goto run
echo %cmdcmdline% | find /i "%~nx0" >nul || goto run
set "javaw=javaw"
if defined JAVA_HOME set "javaw=%JAVA_HOME%\bin\javaw"
start "" "%javaw%" "@%dir%jvm.options" -jar "%jar%" fonster
exit /b 0
:run
"%java%" "@%dir%jvm.options" -jar "%jar%" %*
exit /b %ERRORLEVEL%
