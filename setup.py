"""Package list for setuptools, and the translations built at install; everything else is in pyproject.toml.

``resources/`` (icons, styles, sample files, translation sources) sits at the top of the repository, as
the product card lays it out, and must install as ``csod_desktop.resources`` so that a regular
(non-editable) install and the PyInstaller bundle find the stylesheet and icons. ``packages.find`` in
pyproject.toml cannot map a top-level folder into the package, hence this file.

The window's ``.qm`` catalogues are built from the ``.ts`` sources when the package is built, if
``pyside6-lrelease`` can be found then (an installed PySide6 on the PATH); otherwise the window builds
each one the first time its language is used (``csod_desktop.ui.language.qm_path``).
"""

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        tool = shutil.which("pyside6-lrelease")
        if tool is None or self.dry_run:
            return
        out = Path(self.build_lib, "csod_desktop", "resources", "i18n")
        for ts in sorted(Path("resources", "i18n").glob("csod_desktop_*.ts")):
            out.mkdir(parents=True, exist_ok=True)
            subprocess.run([tool, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=False)


setup(
    packages=find_packages(include=["csod_desktop", "csod_desktop.*"])
    + ["csod_desktop.resources", "csod_desktop.resources.icons", "csod_desktop.resources.styles",
       "csod_desktop.resources.samples", "csod_desktop.resources.i18n"],
    package_dir={"csod_desktop.resources": "resources"},
    cmdclass={"build_py": BuildWithCatalogues},
)
