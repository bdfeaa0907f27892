pmSearch.shard("73-65",{"service":[0,2],"sev1":[2,4],"sev2":[0,4],"sev3":[1,4]});
