"""Film grain and analog looks.

Grain follows the Boolean (stochastic geometry) model of Newson, Delon and Galerne (2017): silver
grains or dye clouds are discs dropped at random on a virtual film gate measured in micrometres, so
the look does not depend on the pixel count. :mod:`.grain_exact` renders that model exactly (slow,
small patches, the reference); :mod:`.grain_fast` renders noise with the same variance and
correlation for whole images, from :mod:`.film_noise`, one white-noise field on the film that every
render of a negative (preview, crop, export) integrates over its own pixels. The other modules
are the looks around it: halation, bloom, vignetting, the H&D curve, .cube LUTs, alternative
processes, risograph, defects and paper.
"""
