/* global document */
// A horizontal stacked bar of the seed statement's composition, like /embed/fighters-composition.
fetch('/bench/composition.json')
  .then((response) => response.json())
  .then((values) => {
    /* global vegaEmbed */
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: 'Moroccan foreign fighters by group, from the seed statement',
      width: 'container',
      height: 60,
      data: { values },
      mark: 'bar',
      encoding: {
        x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'People' },
        color: { field: 'group', type: 'nominal', sort: ['Men', 'Women', 'Children'] },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [{ field: 'group' }, { field: 'count', type: 'quantitative' }],
      },
    };
    return vegaEmbed('#vis', spec, { actions: false, renderer: 'svg' });
  })
  .then(() => document.documentElement.setAttribute('data-chart-drawn', String(performance.now())));
