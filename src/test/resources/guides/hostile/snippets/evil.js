// </script><script>window.studyguideXss = "snippet js"</script>
const html = '<img src=x onerror="window.studyguideXss=\'snippet js string\'">';
