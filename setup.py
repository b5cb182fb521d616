"""Package list for setuptools; everything else is in pyproject.toml.

``resources/`` (icons, styles, sample files) sits at the top of the repository, as the product card lays
it out, and must install as ``csod_desktop.resources`` so that a regular (non-editable) install and the
PyInstaller bundle find the stylesheet and icons. ``packages.find`` in pyproject.toml cannot map a
top-level folder into the package, hence this file.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["csod_desktop", "csod_desktop.*"])
    + ["csod_desktop.resources", "csod_desktop.resources.icons", "csod_desktop.resources.styles",
       "csod_desktop.resources.samples"],
    package_dir={"csod_desktop.resources": "resources"},
)
